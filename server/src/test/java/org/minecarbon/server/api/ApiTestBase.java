package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.server.config.FirstAdmin;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.ScopeGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One Spring context for every API test (same configuration, so the context cache hits): random
 * port, an in-memory H2 database, or PostgreSQL in a fresh schema when the failsafe run sets {@code
 * minecarbon.test.db=postgresql} (the {@code pg} profile, active when MINECARBON_TEST_PG_URL is
 * set). Requests use HTTP Basic as the first administrator, or act as a user of any role in the
 * default group or in a second group ("tenant B") with {@link #actor} and {@link #as}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.initial-password=" + ApiTestBase.PASSWORD,
      "spring.thymeleaf.check-template-location=false",
      // fast hashes for the many test users; throttling per address off (all tests share 127.0.0.1)
      "minecarbon.security.bcrypt-strength=4",
      "minecarbon.security.login.max-failures-per-ip=1000000"
    })
abstract class ApiTestBase {
  static final String USER = "admin";
  static final String PASSWORD = "it-first-operator-secret";
  static final Path COAL = Path.of("../examples/coal-mine.json");
  static final Path METAL = Path.of("../examples/metal-mine.json");
  static final String JSON = "application/json";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  static final String TENANT_B = "tenant-b";

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  /** A test user: its password (for Basic and form login) and an API token. */
  record Actor(long id, String username, String password, String token, Set<Role> roles) {}

  /** A new user of one role in the default group, not limited in scope. */
  Actor actor(Role role) {
    return actor(FirstAdmin.DEFAULT_GROUP, List.of(), role);
  }

  /** A new user of the roles in the named group (created when new), limited to the scope. */
  Actor actor(String group, List<ScopeGrant> scope, Role... roles) {
    long groupId =
        store.users().groupByName(group).map(g -> g.id()).orElseGet(() -> createGroup(group));
    String name = roles[0].name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
    String password = "pw-" + UUID.randomUUID();
    List<String> names = Arrays.stream(roles).map(Role::name).toList();
    long id = store.users().createUser(name, encoder.encode(password), names, groupId);
    store.users().replaceScope(id, scope);
    String token = store.tokens().create(id, "test", null).plain();
    return new Actor(id, name, password, token, Set.of(roles));
  }

  private synchronized long createGroup(String name) {
    return store
        .users()
        .groupByName(name)
        .map(g -> g.id())
        .orElseGet(() -> store.users().createGroup(name));
  }

  /** A request as the actor, with its API token. */
  HttpRequest.Builder as(Actor actor, String path) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + actor.token());
  }

  /** A request as the actor, with HTTP Basic. */
  HttpRequest.Builder basic(Actor actor, String path) {
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (actor.username() + ":" + actor.password()).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth);
  }

  HttpResponse<byte[]> getAs(Actor actor, String path) {
    return send(as(actor, path).GET().build());
  }

  HttpResponse<byte[]> postJsonAs(Actor actor, String path, String json) {
    return send(
        as(actor, path)
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if ("postgresql".equals(System.getProperty("minecarbon.test.db"))) {
      String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url = System.getenv("MINECARBON_TEST_PG_URL");
      String sep = url.contains("?") ? "&" : "?";
      registry.add("spring.datasource.url", () -> url + sep + "currentSchema=" + schema);
      registry.add("spring.datasource.username", () -> env("MINECARBON_TEST_PG_USER"));
      registry.add("spring.datasource.password", () -> env("MINECARBON_TEST_PG_PASSWORD"));
      registry.add("spring.flyway.schemas", () -> schema);
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:api-it;DB_CLOSE_DELAY=-1");
    }
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpRequest.Builder request(String path) {
    String auth =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth);
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<byte[]> delete(String path) {
    return send(request(path).DELETE().build());
  }

  HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  HttpResponse<byte[]> postJson(String path, String json) {
    return post(path, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> putJson(String path, String json, String ifMatch) {
    HttpRequest.Builder b = request(path).header("Content-Type", JSON);
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A multipart/form-data upload with one part named {@code file}. */
  HttpResponse<byte[]> upload(String path, String fileName, byte[] content) {
    String boundary = "----minecarbon" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    return JsonCodec.mapper().readTree(response.body());
  }

  static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Imports a document as a new enterprise and returns its id. */
  long importNew(Path document) {
    HttpResponse<byte[]> r = post("/api/v1/enterprises/import", JSON, read(document));
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return json(r).get("enterpriseId").asLong();
  }

  static void assertProblem(HttpResponse<byte[]> r, int status, String code) {
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("type").asString()).isEqualTo("urn:minecarbon:issue:" + code);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.has("title")).isTrue();
    assertThat(p.has("detail")).isTrue();
    assertThat(p.get("issues").isArray()).isTrue();
    assertThat(p.get("issues")).isNotEmpty();
    for (JsonNode i : p.get("issues")) {
      for (String f :
          new String[] {
            "code", "severity", "message", "pointer", "value", "expected", "location"
          }) {
        assertThat(i.has(f)).as("issue field " + f).isTrue();
      }
    }
  }
}
