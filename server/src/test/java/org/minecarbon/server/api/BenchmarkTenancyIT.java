package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.minecarbon.server.config.FirstAdmin;
import org.minecarbon.store.user.ScopeGrant;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, critical: benchmarks were one global namespace. Each finding as it was probed, on the
 * API and on the page's form: another tenant's admin reads, changes and deletes them; a
 * site-limited data-entry user edits them; shared reference benchmarks are changed by anyone.
 */
class BenchmarkTenancyIT extends ApiTestBase {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

  @Test
  void otherTenantAdmin_readChangeDelete_unknown404_andOwnerUnchanged() {
    long id = createBenchmark(0.2);
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);
    String path = "/api/v1/benchmarks/" + id;

    assertThat(getAs(rival, path).statusCode()).isEqualTo(404);
    assertThat(
            send(as(rival, path)
                    .header("Content-Type", JSON)
                    .header("If-Match", "\"0\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(body(99)))
                    .build())
                .statusCode())
        .isEqualTo(404);
    assertThat(send(as(rival, path).DELETE().build()).statusCode()).isEqualTo(404);
    assertThat(json(getAs(rival, "/api/v1/benchmarks"))).noneMatch(b -> b.get("id").asLong() == id);

    JsonNode own = json(get(path));
    assertThat(own.get("intensity").asDouble()).isEqualTo(0.2);
  }

  @Test
  void siteLimitedDataEntry_changeOrAdd_403_readAllowed() {
    long enterprise = importNew(METAL);
    long id = createBenchmark(0.3);
    Actor pit =
        actor(
            FirstAdmin.DEFAULT_GROUP, List.of(new ScopeGrant(enterprise, "pit")), Role.DATA_ENTRY);
    String path = "/api/v1/benchmarks/" + id;

    assertThat(getAs(pit, path).statusCode()).isEqualTo(200);
    assertThat(
            send(as(pit, path)
                    .header("Content-Type", JSON)
                    .header("If-Match", "\"0\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(body(9)))
                    .build())
                .statusCode())
        .isEqualTo(403);
    assertThat(postJsonAs(pit, "/api/v1/benchmarks", body(1)).statusCode()).isEqualTo(403);
    assertThat(send(as(pit, path).DELETE().build()).statusCode()).isEqualTo(403);
    assertThat(json(get(path)).get("intensity").asDouble()).isEqualTo(0.3);
  }

  @Test
  void sharedReferenceBenchmark_visibleToEveryTenant_readOnly() {
    long shared = store.catalog().addBenchmark(null, "reference-ore", 0.05, 2024, "reference");
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);

    assertThat(json(getAs(rival, "/api/v1/benchmarks")))
        .anyMatch(b -> b.get("id").asLong() == shared);
    assertThat(send(as(rival, "/api/v1/benchmarks/" + shared).DELETE().build()).statusCode())
        .isEqualTo(403);
    assertThat(json(get("/api/v1/benchmarks/" + shared)).get("intensity").asDouble())
        .isEqualTo(0.05);
  }

  @Test
  void otherTenantAdmin_deleteFormOnThePage_benchmarkStays() throws Exception {
    long id = createBenchmark(0.4);
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login =
        "username="
            + rival.username()
            + "&password="
            + URLEncoder.encode(rival.password(), StandardCharsets.UTF_8);
    form(browser, "/login", token(page(browser, "/login")), login);
    String own = page(browser, "/benchmarks");
    assertThat(own).doesNotContain("/benchmarks/" + id + "/delete");

    HttpResponse<String> r =
        form(browser, "/benchmarks/" + id + "/delete", token(own), "reason=probe");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(get("/api/v1/benchmarks/" + id)).get("intensity").asDouble()).isEqualTo(0.4);
  }

  private long createBenchmark(double intensity) {
    HttpResponse<byte[]> r = postJson("/api/v1/benchmarks", body(intensity));
    assertThat(r.statusCode()).isEqualTo(201);
    return json(r).get("id").asLong();
  }

  private static String body(double intensity) {
    return "{\"product\":\"ore\",\"intensity\":" + intensity + ",\"year\":2024}";
  }

  private String page(HttpClient browser, String path) throws Exception {
    return browser
        .send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private HttpResponse<String> form(HttpClient browser, String path, String csrf, String fields)
      throws Exception {
    String body = fields + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
