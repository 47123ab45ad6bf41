package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The meter endpoints over HTTP with API tokens: registry GET/PUT, readings 202/200/409/422,
 * PERIOD_LOCKED, derived rows, and READ-only roles refused.
 */
class MeterApiIT extends ApiTestBase {
  // one diesel register in t at site "mine" of the coal-mine example
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "D-01", "site": "mine", "kind": "fuel", "fuel": "diesel", "mode": "counter",
         "unit": "t", "row": {"stage": "mining"}}]}
      """;
  private static final String CSV = "text/csv";

  @Test
  void readings_postRepostConflictInvalid_statusesAndCounts() {
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/meters";
    HttpResponse<byte[]> put = putJson(base, REGISTRY, "\"0\"");
    assertThat(put.statusCode()).as(text(put)).isEqualTo(200);
    assertThat(put.headers().firstValue("ETag")).get().isEqualTo("\"1\"");
    Actor entry = actor(Role.DATA_ENTRY);
    String csv = "D-01,2025-03-01T00:00:00+08:00,0\nD-01,2025-03-01T12:00:00+08:00,10\n";

    HttpResponse<byte[]> first = postAs(entry, base + "/readings", CSV, csv);
    HttpResponse<byte[]> again = postAs(entry, base + "/readings", CSV, csv);
    HttpResponse<byte[]> conflict =
        postAs(
            entry,
            base + "/readings",
            MeterApi.NDJSON,
            "{\"meter\":\"D-01\",\"time\":\"2025-03-01T00:00:00+08:00\",\"value\":3}\n");
    HttpResponse<byte[]> invalid =
        postAs(entry, base + "/readings", CSV, "D-01,2025-03-02T00:00:00+08:00,x\nQ,bad,1\n");

    assertThat(first.statusCode()).as(text(first)).isEqualTo(202);
    assertThat(json(first).get("accepted").asInt()).isEqualTo(2);
    assertThat(again.statusCode()).as(text(again)).isEqualTo(200);
    assertThat(json(again).get("duplicates").asInt()).isEqualTo(2);
    assertProblem(conflict, 409, "CONFLICT");
    assertThat(json(conflict).get("keys").get(0).get("meter").asString()).isEqualTo("D-01");
    assertProblem(invalid, 422, "INVALID_NUMBER");
    assertThat(json(invalid).get("issues").findValuesAsString("location"))
        .contains("line 1", "line 2");
    assertThat(store.meters().count(id)).isEqualTo(2);
    JsonNode rows = json(getAs(entry, base + "/rows?year=2025"));
    JsonNode row = rows.get("rows").get(0);
    assertThat(row.get("id").asString()).isEqualTo("meter:D-01:2025-03");
    // counter: (10 − 0) × multiplier 1 = 10 t
    assertThat(row.get("quantity").asDouble()).isCloseTo(10.0, within(1e-9));
    assertThat(rows.get("alarms").findValuesAsString("code")).contains("CONFLICT");
  }

  @Test
  void readings_viewerOrLockedYear_refused() {
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/meters";
    assertThat(putJson(base, REGISTRY, null).statusCode()).isEqualTo(200);
    store.periods().transition(id, 2024, "draft", "verified", 1);

    HttpResponse<byte[]> viewer =
        postAs(actor(Role.VIEWER), base + "/readings", CSV, "D-01,2025-03-01T00:00:00Z,1\n");
    HttpResponse<byte[]> locked =
        postAs(actor(Role.DATA_ENTRY), base + "/readings", CSV, "D-01,2024-06-01T00:00:00Z,1\n");

    assertProblem(viewer, 403, "FORBIDDEN");
    assertProblem(locked, 409, "PERIOD_LOCKED");
    assertThat(store.meters().count(id)).isZero();
    assertThat(getAs(actor(Role.VIEWER), base).statusCode()).isEqualTo(200);
  }

  private HttpResponse<byte[]> postAs(Actor a, String path, String type, String body) {
    return send(
        as(a, path)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
