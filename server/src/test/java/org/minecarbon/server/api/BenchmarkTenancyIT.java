package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
    WebSession browser = new WebSession(this::uri);
    browser.login(rival.username(), rival.password());
    String own = browser.page("/benchmarks").body();
    assertThat(own).doesNotContain("/benchmarks/" + id + "/delete");

    HttpResponse<String> r =
        browser.form("/benchmarks/" + id + "/delete", WebSession.token(own), "reason=probe");

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
}
