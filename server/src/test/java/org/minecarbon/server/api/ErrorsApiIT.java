package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bad input never gives a 500: every error is problem+json with the issue fields of the CLI. */
class ErrorsApiIT extends ApiTestBase {

  @Test
  void malformedJsonBody_400InvalidJson() {
    assertProblem(postJson("/api/v1/enterprises", "{\"name\": "), 400, "INVALID_JSON");
  }

  @Test
  void wrongJsonType_400InvalidJson() {
    assertProblem(
        postJson("/api/v1/benchmarks", "{\"product\":\"x\",\"intensity\":\"lots\",\"year\":2024}"),
        400,
        "INVALID_JSON");
  }

  @Test
  void pathVariableTypeMismatch_400WrongType() {
    HttpResponse<byte[]> r = get("/api/v1/enterprises/abc/balance");

    assertProblem(r, 400, "WRONG_TYPE");
    assertThat(json(r).get("issues").get(0).get("value").asString()).isEqualTo("abc");
  }

  @Test
  void queryParameterTypeMismatch_400WrongType() {
    long id = importNew(COAL);

    assertProblem(get("/api/v1/enterprises/" + id + "/explain?year=twenty"), 400, "WRONG_TYPE");
  }

  @Test
  void missingExplainSubject_422Required() {
    long id = importNew(COAL);

    HttpResponse<byte[]> r = get("/api/v1/enterprises/" + id + "/explain");

    assertProblem(r, 422, "REQUIRED");
    assertThat(json(r).get("issues").get(0).get("location").asString()).contains("year");
  }

  @Test
  void missingMultipartPart_400Required() {
    HttpResponse<byte[]> r =
        post("/api/v1/validate", "multipart/form-data; boundary=xyz", "--xyz--\r\n".getBytes());

    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
  }

  @Test
  void unknownEnterprise_404NotFound() {
    assertProblem(get("/api/v1/enterprises/987654321/balance"), 404, "NOT_FOUND");
    assertProblem(get("/api/v1/enterprises/987654321"), 404, "NOT_FOUND");
  }

  @Test
  void unknownRowAndBenchmarkAndFactorSet_404NotFound() {
    long id = importNew(COAL);

    assertProblem(get("/api/v1/enterprises/" + id + "/rows/987654321"), 404, "NOT_FOUND");
    assertProblem(get("/api/v1/benchmarks/987654321"), 404, "NOT_FOUND");
    assertProblem(get("/api/v1/factor-sets/NO-SUCH-SET/factors"), 404, "NOT_FOUND");
    assertProblem(get("/api/v1/enterprises/" + id + "/uncertainty/nope"), 404, "NOT_FOUND");
  }

  @Test
  void unknownPath_404NotFound() {
    assertProblem(get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
  }

  @Test
  void wrongMethod_405Unsupported() {
    assertProblem(delete("/api/v1/factor-sets"), 405, "UNSUPPORTED");
  }

  @Test
  void unknownColumnAndYear_422() {
    long id = importNew(COAL);

    assertProblem(
        get("/api/v1/enterprises/" + id + "/explain?year=2024&column=nope"), 422, "UNKNOWN_COLUMN");
    assertProblem(get("/api/v1/enterprises/" + id + "/explain?year=1999"), 422, "UNKNOWN_YEAR");
  }

  @Test
  void badUncertaintyOptions_422() {
    long id = importNew(COAL);

    HttpResponse<byte[]> r =
        post("/api/v1/enterprises/" + id + "/uncertainty?iterations=5", JSON, new byte[0]);

    assertThat(r.statusCode()).isEqualTo(422);
  }

  @Test
  void noCredentials_401ProblemWithBasicChallenge() {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("/api/v1/enterprises")).GET().build());

    assertProblem(r, 401, "UNAUTHENTICATED");
    assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
  }

  @Test
  void wrongPassword_401() {
    HttpResponse<byte[]> r =
        send(
            HttpRequest.newBuilder(uri("/api/v1/enterprises"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes()))
                .GET()
                .build());

    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void invalidBenchmark_422ListsEveryProblem() {
    HttpResponse<byte[]> r = postJson("/api/v1/benchmarks", "{\"intensity\": -1}");

    assertProblem(r, 422, "REQUIRED");
    assertThat(json(r).get("issues").findValuesAsString("pointer"))
        .containsExactly("/product", "/intensity", "/year");
  }
}
