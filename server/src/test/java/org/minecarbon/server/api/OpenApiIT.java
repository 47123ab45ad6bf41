package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 (and 11): the OpenAPI document names the product and its version, documents the API
 * token as a bearer scheme (Swagger UI's Authorize), needs a sign-in, and a token POST works
 * without a CSRF token (what Swagger UI's "Try it out" sends).
 */
class OpenApiIT extends ApiTestBase {

  /** The parent POM's version: the version the document must show. */
  private static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("../pom.xml"));
    Matcher m =
        Pattern.compile("<artifactId>minecarbon-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void apiDocs_signedIn_titleVersionAndBearerScheme() throws IOException {
    JsonNode doc = json(get("/v3/api-docs"));

    assertThat(doc.get("info").get("title").asString()).isEqualTo("MineCarbon API");
    assertThat(doc.get("info").get("version").asString()).isEqualTo(projectVersion());
    JsonNode token = doc.get("components").get("securitySchemes").get("apiToken");
    assertThat(token.get("type").asString()).isEqualTo("http");
    assertThat(token.get("scheme").asString()).isEqualTo("bearer");
    assertThat(doc.get("security").toString()).contains("apiToken");
  }

  @Test
  void apiDocsAndSwaggerUi_anonymous_needSignIn() {
    HttpResponse<byte[]> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build());
    assertThat(docs.statusCode()).isEqualTo(401);
    HttpResponse<byte[]> ui = send(HttpRequest.newBuilder(uri("/swagger-ui.html")).GET().build());
    assertThat(ui.statusCode()).isEqualTo(302);
    assertThat(ui.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void tokenPost_withoutCsrfToken_isAccepted() throws IOException {
    Actor entry = actor(Role.DATA_ENTRY);
    HttpResponse<byte[]> r = postJsonAs(entry, "/api/v1/validate", Files.readString(COAL));

    assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
  }
}
