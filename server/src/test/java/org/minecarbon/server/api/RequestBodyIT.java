package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 (low): ordinary JSON endpoints cap their body (a 150 MB benchmark was accepted) and read
 * JSON as strictly as the import (a duplicate key was "last one wins").
 */
class RequestBodyIT extends ApiTestBase {
  private static final String DIESEL =
      "{\"id\":\"diesel-extra\",\"source\":\"fuel\",\"period\":\"2024-04\",\"fuel\":\"diesel\","
          + "\"quantity\":10,\"unit\":\"t\"}";

  /** A benchmark whose note pads the body to {@code bytes}: valid JSON, only too big. */
  private static String hugeBenchmark(int bytes) {
    return "{\"product\":\"raw-coal\",\"intensity\":0.1,\"year\":2024,\"unit\":\"tCO2e/t\","
        + "\"sourceNote\":\""
        + "x".repeat(bytes)
        + "\"}";
  }

  @Test
  void benchmark_bodyOverCapWithLength_413AndNothingCreated() {
    int before = json(get("/api/v1/benchmarks")).size();

    HttpResponse<byte[]> r = postJson("/api/v1/benchmarks", hugeBenchmark(3 * 1024 * 1024));

    assertProblem(r, 413, "BODY_TOO_LARGE");
    assertThat(json(get("/api/v1/benchmarks"))).hasSize(before);
  }

  @Test
  void benchmark_chunkedBodyOverCap_413AndNothingCreated() {
    int before = json(get("/api/v1/benchmarks")).size();
    byte[] body = hugeBenchmark(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

    // ofInputStream has no known length: the client sends it chunked, without Content-Length
    HttpResponse<byte[]> r =
        send(
            request("/api/v1/benchmarks")
                .header("Content-Type", JSON)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

    assertProblem(r, 413, "BODY_TOO_LARGE");
    assertThat(json(get("/api/v1/benchmarks"))).hasSize(before);
  }

  @Test
  void row_duplicateKey_400InvalidJsonAndNoRow() {
    long id = importNew(COAL);
    String twice = DIESEL.replace("\"quantity\":10", "\"quantity\":10,\"quantity\":1e6");

    HttpResponse<byte[]> r = postJson("/api/v1/enterprises/" + id + "/rows", twice);

    assertProblem(r, 400, "INVALID_JSON");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).containsIgnoringCase("duplicate");
    JsonNode rows = json(get("/api/v1/enterprises/" + id + "/rows"));
    assertThat(rows.toString()).doesNotContain("diesel-extra");
  }

  @Test
  void row_normalBody_stillAccepted() {
    long id = importNew(COAL);

    assertThat(postJson("/api/v1/enterprises/" + id + "/rows", DIESEL).statusCode()).isEqualTo(201);
  }
}
