package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Explanations with citations, uncertainty jobs, OpenAPI, security headers, reports (501). */
class ResultApiIT extends ApiTestBase {

  @Test
  void explainColumn_linesWithFormulaAndCitedFactors() {
    long id = importNew(COAL);

    JsonNode e = json(get("/api/v1/enterprises/" + id + "/explain?year=2024&column=fugitiveCH4"));
    JsonNode balance = json(get("/api/v1/enterprises/" + id + "/balance"));

    double column = balance.get("years").get(0).get("emissions").get("fugitiveCH4").asDouble();
    assertThat(e.get("value").asDouble()).isCloseTo(column, within(1e-6));
    assertThat(e.get("lines")).isNotEmpty();
    for (JsonNode line : e.get("lines")) {
      assertThat(line.get("formula").asString()).isNotBlank();
      assertThat(line.get("factors")).isNotEmpty();
      for (JsonNode f : line.get("factors")) {
        assertThat(f.get("citation").asString()).isNotBlank();
      }
    }
  }

  @Test
  void explainRow_byKeyAndByDatabaseId_sameLines() {
    long id = importNew(COAL);
    JsonNode rows = json(get("/api/v1/enterprises/" + id + "/rows?kind=activity"));
    long firstRowId = rows.get(0).get("id").asLong();

    JsonNode byKey = json(get("/api/v1/enterprises/" + id + "/explain?row=diesel-2024-01"));
    JsonNode byId = json(get("/api/v1/enterprises/" + id + "/explain?row=" + firstRowId));

    assertThat(byKey.get("lines")).hasSize(1);
    assertThat(byId.get("lines")).isEqualTo(byKey.get("lines"));
    assertProblem(get("/api/v1/enterprises/" + id + "/explain?row=no-such-row"), 404, "NOT_FOUND");
  }

  @Test
  void explainTotal_equalsEmissionsTotal() {
    long id = importNew(METAL);

    JsonNode e = json(get("/api/v1/enterprises/" + id + "/explain?year=2024"));
    JsonNode years = json(get("/api/v1/enterprises/" + id + "/balance")).get("years");

    assertThat(e.get("value").asDouble())
        .isCloseTo(years.get(1).get("emissions").get("total").asDouble(), within(1e-6));
  }

  @Test
  void uncertainty_startAndPoll_reachesDoneWithAReport() throws InterruptedException {
    long id = importNew(COAL);

    HttpResponse<byte[]> started =
        post(
            "/api/v1/enterprises/" + id + "/uncertainty?iterations=2000&seed=7", JSON, new byte[0]);

    assertThat(started.statusCode()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode job = json(started);
    long deadline = System.currentTimeMillis() + 60_000;
    while (!"done".equals(job.get("state").asString()) && System.currentTimeMillis() < deadline) {
      assertThat(job.get("state").asString()).isEqualTo("running");
      assertThat(job.get("progress").asDouble()).isBetween(0.0, 1.0);
      Thread.sleep(100);
      job = json(get(location));
    }
    assertThat(job.get("state").asString()).isEqualTo("done");
    assertThat(job.get("progress").asDouble()).isCloseTo(1.0, within(1e-12));
    JsonNode report = job.get("report");
    assertThat(report.get("iterations").asInt()).isEqualTo(2000);
    assertThat(report.get("years").get(0).get("year").asInt()).isEqualTo(2024);
    assertThat(report.get("years").get(0).get("net").get("p975").asDouble())
        .isGreaterThan(report.get("years").get(0).get("net").get("p025").asDouble());
  }

  @Test
  void uncertainty_cancelAfterDone_jobUnchanged_unknownJob404() throws InterruptedException {
    // the cancelling of a running job itself is JobRunnerTest's (deterministic there)
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/uncertainty";
    HttpResponse<byte[]> started = post(base + "?iterations=1000&seed=7", JSON, new byte[0]);
    String location = started.headers().firstValue("Location").orElseThrow();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!"done".equals(json(get(location)).get("state").asString())
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }

    HttpResponse<byte[]> cancel = delete(location);

    assertThat(cancel.statusCode()).isEqualTo(200);
    JsonNode job = json(cancel);
    assertThat(job.get("state").asString()).isEqualTo("done");
    assertThat(job.get("report").get("iterations").asInt()).isEqualTo(1000);
    assertThat(delete(base + "/no-such-job").statusCode()).isEqualTo(404);
  }

  @Test
  void openApi_documentListsTheBalanceEndpoint() {
    HttpResponse<byte[]> r = get("/v3/api-docs");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("openapi").asString()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/v1/enterprises/{id}/balance")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/validate")).isTrue();
  }

  @Test
  void swaggerUi_served() {
    int status = get("/swagger-ui.html").statusCode();

    assertThat(status).isIn(200, 302);
  }

  @Test
  void factorSets_builtInListedWithFactors() {
    JsonNode sets = json(get("/api/v1/factor-sets"));

    assertThat(sets.findValuesAsString("id")).contains("CN-2015");
    JsonNode factors = json(get("/api/v1/factor-sets/CN-2015/factors"));
    assertThat(factors).isNotEmpty();
    assertThat(factors.get(0).get("citation").asString()).isNotBlank();
  }

  @Test
  void reports_xlsxAndPdf_servedAsFiles() {
    long id = importNew(COAL);

    HttpResponse<byte[]> xlsx = get("/api/v1/enterprises/" + id + "/reports/balance.xlsx");
    HttpResponse<byte[]> pdf = get("/api/v1/enterprises/" + id + "/reports/analysis.pdf?lang=en");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertProblem(
        get("/api/v1/enterprises/" + id + "/reports/analysis.pdf?lang=fr"), 422, "UNKNOWN_CODE");
  }

  @Test
  void loginPage_publicAndSessionCookieHttpOnlyLax() {
    HttpResponse<byte[]> r =
        send(java.net.http.HttpRequest.newBuilder(uri("/login")).GET().build());

    assertThat(r.statusCode()).isEqualTo(200);
    String cookie = r.headers().firstValue("Set-Cookie").orElse("");
    if (!cookie.isEmpty()) {
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }
  }
}
