package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.server.config.FirstAdmin;
import org.minecarbon.store.audit.AuditEntry;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.evidence.NewEvidence;
import org.minecarbon.store.user.ApiTokenRepository;
import org.minecarbon.store.user.ScopeGrant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** API tokens, login throttling, security headers, site scope and user administration. */
class AccessApiIT extends ApiTestBase {
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  /** Issue 11: tokens never expired by default. */
  @Test
  void token_createdWithoutTerm_expiresIn90Days() {
    Actor viewer = actor(Role.VIEWER);
    HttpResponse<byte[]> created =
        send(
            basic(viewer, "/api/v1/me/tokens")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"no term\"}"))
                .build());

    assertThat(created.statusCode()).isEqualTo(201);
    java.time.Instant expires =
        java.time.Instant.parse(json(created).get("info").get("expiresAt").asString());
    assertThat(expires)
        .isBetween(
            java.time.Instant.now().plus(java.time.Duration.ofDays(89)),
            java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
  }

  @Test
  void token_createUseRevoke_thenUnauthorized() {
    Actor viewer = actor(Role.VIEWER);
    HttpResponse<byte[]> created =
        send(
            basic(viewer, "/api/v1/me/tokens")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"days\":30}"))
                .build());
    assertThat(created.statusCode()).isEqualTo(201);
    String token = json(created).get("token").asString();
    long tokenId = json(created).get("info").get("id").asLong();
    assertThat(token).startsWith("mc_");

    HttpResponse<byte[]> me =
        send(
            HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).get("username").asString()).isEqualTo(viewer.username());
    assertThat(json(me).get("permissions").toString()).contains("READ").doesNotContain("EDIT");
    HttpResponse<byte[]> list = getAs(viewer, "/api/v1/me/tokens");
    assertThat(list.body()).asString(StandardCharsets.UTF_8).doesNotContain(token);

    HttpResponse<byte[]> revoked =
        send(as(viewer, "/api/v1/me/tokens/" + tokenId).DELETE().build());
    assertThat(revoked.statusCode()).isEqualTo(204);

    HttpResponse<byte[]> after =
        send(
            HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build());
    assertProblem(after, 401, "UNAUTHENTICATED");
    HttpResponse<byte[]> forged =
        send(
            HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer mc_" + UUID.randomUUID())
                .build());
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void token_creatingAToken_isForbiddenAndCreatesNothing() {
    // Issue 11: a leaked token must not mint successors; only a password-proven request may.
    Actor viewer = actor(Role.VIEWER);
    int before = store.tokens().ofUser(viewer.id()).size();

    HttpResponse<byte[]> minted =
        send(
            as(viewer, "/api/v1/me/tokens")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"successor\"}"))
                .build());

    assertProblem(minted, 403, "FORBIDDEN");
    assertThat(new String(minted.body(), StandardCharsets.UTF_8)).contains("password");
    assertThat(store.tokens().ofUser(viewer.id())).hasSize(before);
    HttpResponse<byte[]> withPassword =
        send(
            basic(viewer, "/api/v1/me/tokens")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"by password\"}"))
                .build());
    assertThat(withPassword.statusCode()).isEqualTo(201);
  }

  @Test
  void adminRevokesTokenOfOtherUser_inGroupOnly() {
    Actor viewer = actor(Role.VIEWER);
    Actor otherAdmin = actor(TENANT_B, List.of(), Role.ADMIN);
    long tokenId = store.tokens().ofUser(viewer.id()).getFirst().id();

    assertThat(
            send(as(otherAdmin, "/api/v1/admin/tokens/" + tokenId).DELETE().build()).statusCode())
        .isEqualTo(404);
    assertThat(delete("/api/v1/admin/tokens/" + tokenId).statusCode()).isEqualTo(204);

    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void basicLogin_sixthAttemptAfterFiveFailures_refused429EvenWithRightPassword() {
    Actor viewer = actor(Role.VIEWER);
    Actor wrong =
        new Actor(viewer.id(), viewer.username(), "wrong", viewer.token(), viewer.roles());
    for (int i = 0; i < 5; i++) {
      assertThat(send(basic(wrong, "/api/v1/me").GET().build()).statusCode()).isEqualTo(401);
    }

    HttpResponse<byte[]> sixth = send(basic(viewer, "/api/v1/me").GET().build());

    assertProblem(sixth, 429, "TOO_MANY_ATTEMPTS");
    // the token still works: throttling guards passwords
    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(200);
  }

  @Test
  void formLogin_afterFiveFailures_lockedMessageEvenWithRightPassword() throws Exception {
    Actor viewer = actor(Role.VIEWER);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    for (int i = 0; i < 5; i++) {
      assertThat(formLogin(browser, viewer.username(), "wrong")).endsWith("/login?error");
    }

    assertThat(formLogin(browser, viewer.username(), viewer.password())).endsWith("/login?locked");
    String page =
        browser
            .send(
                HttpRequest.newBuilder(uri("/login?locked&lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(page).contains("Too many failed sign-ins");
  }

  private String formLogin(HttpClient browser, String user, String password) throws Exception {
    String page =
        browser
            .send(
                HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).isTrue();
    String csrf = m.group(1) != null ? m.group(1) : m.group(2);
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(302);
    return r.headers().firstValue("Location").orElse("");
  }

  @Test
  void responses_carrySecurityHeaders() {
    HttpResponse<byte[]> r = get("/api/v1/enterprises");

    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    HttpResponse<byte[]> login = send(HttpRequest.newBuilder(uri("/login")).GET().build());
    assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void siteScopedUser_seesOwnSiteRowsOnly_balanceOverItsSites() {
    long id = importNew(METAL);
    Actor pit =
        actor(FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(id, "pit")), Role.DATA_ENTRY);

    JsonNode rows = json(getAs(pit, "/api/v1/enterprises/" + id + "/rows"));
    JsonNode sites = json(getAs(pit, "/api/v1/enterprises/" + id + "/sites"));
    HttpResponse<byte[]> scoped = getAs(pit, "/api/v1/enterprises/" + id + "/balance");

    assertThat(rows).isNotEmpty();
    rows.forEach(r -> assertThat(r.get("site").asString()).isEqualTo("pit"));
    assertThat(sites).hasSize(1);
    assertThat(scoped.statusCode()).isEqualTo(200);
    long pitOnly = importNewJson(pitOnly(read(METAL)));
    assertThat(json(scoped)).isEqualTo(json(get("/api/v1/enterprises/" + pitOnly + "/balance")));
    assertThat(json(scoped)).isNotEqualTo(json(get("/api/v1/enterprises/" + id + "/balance")));
  }

  @Test
  void siteScopedUser_changesOwnSiteOnly_importRefused() {
    long id = importNew(METAL);
    Actor pit =
        actor(FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(id, "pit")), Role.DATA_ENTRY);
    JsonNode all = json(get("/api/v1/enterprises/" + id + "/rows"));
    long concentratorRow = -1;
    for (JsonNode r : all) {
      if ("concentrator".equals(r.get("site").asString())) {
        concentratorRow = r.get("id").asLong();
      }
    }

    HttpResponse<byte[]> hidden =
        getAs(pit, "/api/v1/enterprises/" + id + "/rows/" + concentratorRow);
    HttpResponse<byte[]> deleteOther =
        send(as(pit, "/api/v1/enterprises/" + id + "/rows/" + concentratorRow).DELETE().build());
    HttpResponse<byte[]> header =
        send(
            as(pit, "/api/v1/enterprises/" + id)
                .header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                .build());
    HttpResponse<byte[]> imported =
        send(
            as(pit, "/api/v1/enterprises/" + id + "/import")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(read(METAL)))
                .build());

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(deleteOther.statusCode()).isEqualTo(404);
    assertProblem(header, 403, "FORBIDDEN");
    assertProblem(imported, 403, "FORBIDDEN");
    HttpResponse<byte[]> submit =
        send(
            as(pit, "/api/v1/enterprises/" + id + "/years/2024/submit")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertProblem(submit, 403, "FORBIDDEN");
    assertThat(json(imported).get("detail").asString()).contains("limited to some of its sites");
  }

  @Test
  void siteScopedUser_uncertaintyJobOfWholeEnterprise_unknown_detachedEvidenceReadOnly() {
    long id = importNew(METAL);
    Actor pit =
        actor(FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(id, "pit")), Role.DATA_ENTRY);
    String base = "/api/v1/enterprises/" + id;
    String job =
        json(postJson(base + "/uncertainty?iterations=200&seed=1", "{}")).get("id").asString();
    long pitRow = -1;
    for (JsonNode r : json(get(base + "/rows"))) {
      if ("pit".equals(r.get("site").asString())) {
        pitRow = r.get("id").asLong();
      }
    }
    byte[] text = "meter reading".getBytes(StandardCharsets.UTF_8);
    long detached =
        store
            .evidence()
            .add(
                new NewEvidence(
                    id,
                    pitRow,
                    null,
                    "d.txt",
                    "text/plain",
                    ApiTokenRepository.sha256("meter reading"),
                    text,
                    USER,
                    null));

    // the row goes: its evidence stays with the enterprise, detached (enterprise-level)
    assertThat(delete(base + "/rows/" + pitRow).statusCode()).isEqualTo(204);

    assertThat(get(base + "/uncertainty/" + job).statusCode()).isEqualTo(200);
    assertThat(getAs(pit, base + "/uncertainty/" + job).statusCode()).isEqualTo(404);
    assertThat(getAs(pit, base + "/evidence/" + detached).statusCode()).isEqualTo(200);
    assertThat(send(as(pit, base + "/evidence/" + detached).DELETE().build()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void siteScopedUser_evidenceOfOtherSiteRow_unknown() {
    long id = importNew(METAL);
    Actor pit =
        actor(FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(id, "pit")), Role.DATA_ENTRY);
    long mill = -1;
    for (JsonNode r : json(get("/api/v1/enterprises/" + id + "/rows"))) {
      if ("concentrator".equals(r.get("site").asString())) {
        mill = r.get("id").asLong();
      }
    }
    byte[] text = "meter reading".getBytes(StandardCharsets.UTF_8);
    long evidence =
        store
            .evidence()
            .add(
                new NewEvidence(
                    id,
                    mill,
                    null,
                    "m.txt",
                    "text/plain",
                    ApiTokenRepository.sha256("meter reading"),
                    text,
                    USER,
                    null));
    String base = "/api/v1/enterprises/" + id;

    assertThat(get(base + "/evidence/" + evidence).statusCode()).isEqualTo(200);
    assertThat(getAs(pit, base + "/evidence/" + evidence).statusCode()).isEqualTo(404);
    assertThat(getAs(pit, base + "/rows/" + mill + "/evidence").statusCode()).isEqualTo(404);
    assertThat(json(getAs(pit, base + "/evidence"))).isEmpty();
  }

  @Test
  void enterpriseScopedUser_otherEnterpriseOfGroup_404AndNotListed() {
    long mine = importNew(COAL);
    long other = importNew(COAL);
    Actor viewer =
        actor(FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(mine, null)), Role.VIEWER);

    assertThat(getAs(viewer, "/api/v1/enterprises/" + mine).statusCode()).isEqualTo(200);
    assertProblem(getAs(viewer, "/api/v1/enterprises/" + other), 404, "NOT_FOUND");
    JsonNode list = json(getAs(viewer, "/api/v1/enterprises"));
    assertThat(list).hasSize(1);
  }

  @Test
  void adminCreatesUser_passwordOnce_roleChangeAppliesAtOnce() {
    String name = "new-" + UUID.randomUUID();
    HttpResponse<byte[]> created =
        postJson("/api/v1/admin/users", "{\"username\":\"" + name + "\",\"roles\":[\"VIEWER\"]}");
    assertThat(created.statusCode()).isEqualTo(201);
    long userId = json(created).get("user").get("id").asLong();
    String password = json(created).get("password").asString();
    Actor user = new Actor(userId, name, password, "", java.util.Set.of(Role.VIEWER));
    assertThat(send(basic(user, "/api/v1/me").GET().build()).statusCode()).isEqualTo(200);
    assertThat(
            send(basic(user, "/api/v1/enterprises")
                    .header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                    .build())
                .statusCode())
        .isEqualTo(403);

    HttpResponse<byte[]> changed =
        putJson("/api/v1/admin/users/" + userId, "{\"enabled\":false}", null);

    assertThat(changed.statusCode()).isEqualTo(200);
    // both changes are in the audit trail, by the administrator, without any password or hash
    List<AuditEntry> trail =
        store.audit().list(new AuditQuery(null, null, "user", String.valueOf(userId), 0, 10));
    assertThat(trail).extracting(AuditEntry::action).containsExactlyInAnyOrder("create", "update");
    assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo(USER));
    assertThat(trail.toString()).doesNotContain(password).doesNotContain("$2");
    assertThat(send(basic(user, "/api/v1/me").GET().build()).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/admin/users").body())
        .asString(StandardCharsets.UTF_8)
        .contains(name)
        .doesNotContain("passwordHash")
        .doesNotContain("$2");
  }

  private long importNewJson(byte[] document) {
    HttpResponse<byte[]> r = post("/api/v1/enterprises/import", JSON, document);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return json(r).get("enterpriseId").asLong();
  }

  /** The document with only site "pit" and its rows. */
  private static byte[] pitOnly(byte[] document) {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(document);
    for (String array : List.of("sites", "activities", "sinks", "production")) {
      ArrayNode a = (ArrayNode) doc.get(array);
      String field = array.equals("sites") ? "id" : "site";
      for (int i = a.size() - 1; i >= 0; i--) {
        if (!"pit".equals(a.get(i).path(field).asString(""))) {
          a.remove(i);
        }
      }
    }
    return JsonCodec.mapper().writeValueAsBytes(doc);
  }
}
