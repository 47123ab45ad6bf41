package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import tools.jackson.databind.JsonNode;

/** Plans over HTTP: versions, a run as a job, its result, MPS and XLSX, 422 and tenancy. */
class PlanApiIT extends ApiTestBase {
  private static final Path PLAN = Path.of("../examples/plan-coal-mine.json");

  @Test
  void createRunFetch_resultMpsAndXlsxAgree() throws Exception {
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/plans";

    HttpResponse<byte[]> created = post(base, JSON, read(PLAN));
    assertThat(created.statusCode()).as(body(created)).isEqualTo(201);
    long planId = json(created).get("id").asLong();
    assertThat(json(created).get("document").has("inventory")).isFalse();

    HttpResponse<byte[]> started = post(base + "/" + planId + "/runs", JSON, new byte[0]);
    assertThat(started.statusCode()).as(body(started)).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode job = json(started);
    long deadline = System.currentTimeMillis() + 120_000;
    while (job.get("state").asString().equals("running") && System.currentTimeMillis() < deadline) {
      assertThat(job.get("progress").asDouble()).isBetween(0.0, 1.0);
      Thread.sleep(200);
      job = json(get(location));
    }
    assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
    JsonNode result = job.get("result");
    assertThat(result.get("format").asString()).isEqualTo("minecarbon/plan-result@1");
    assertThat(result.get("status").asString()).isEqualTo("optimal");

    HttpResponse<byte[]> mps = get(location + "/result.mps");
    assertThat(mps.statusCode()).isEqualTo(200);
    assertThat(body(mps)).contains("ROWS").contains("COLUMNS").contains("ENDATA");

    HttpResponse<byte[]> xlsx = get(location + "/result.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      // 路径, first data row (row index 2) = the first plan year of the result
      JsonNode first = result.get("years").get(0);
      var row = wb.getSheet("路径").getRow(2);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(first.get("year").asInt());
      assertThat(row.getCell(2).getNumericCellValue())
          .isEqualTo(first.get("emissions").get("total").asDouble());
      assertThat(wb.getSheet("措施").getLastRowNum() - 1).isEqualTo(result.get("adopted").size());
    }
    assertThat(json(get(base + "/" + planId + "/runs"))).hasSize(1);
  }

  @Test
  void put_addsAVersion_getListsBoth() {
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/plans";
    long planId = json(post(base, JSON, read(PLAN))).get("id").asLong();
    String changed =
        new String(read(PLAN), StandardCharsets.UTF_8)
            .replace("\"discountRate\": 0.06", "\"discountRate\": 0.08, \"name\": \"高折现\"");

    HttpResponse<byte[]> put = putJson(base + "/" + planId, changed, null);

    assertThat(put.statusCode()).as(body(put)).isEqualTo(200);
    JsonNode plan = json(get(base + "/" + planId));
    assertThat(plan.get("version").asInt()).isEqualTo(2);
    assertThat(plan.get("name").asString()).isEqualTo("高折现");
    assertThat(plan.get("versions")).hasSize(2);
    JsonNode v1 = json(get(base + "/" + planId + "/versions/1"));
    assertThat(v1.get("document").get("discountRate").asDouble()).isEqualTo(0.06);
  }

  @Test
  void create_invalid_422WithEveryPointer() {
    long id = importNew(COAL);
    String broken =
        new String(read(PLAN), StandardCharsets.UTF_8)
            .replace("\"kind\": \"peak\"", "\"kind\": \"summit\"")
            .replace("\"capex\": 80000000", "\"capex\": -1");

    HttpResponse<byte[]> r =
        post("/api/v1/enterprises/" + id + "/plans", JSON, broken.getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).as(body(r)).isEqualTo(422);
    assertThat(json(r).get("issues").findValuesAsString("pointer"))
        .contains("/targets/0/kind", "/measures/0/capex");
  }

  @Test
  void otherTenant_404_viewerMayReadNotCreate() {
    long id = importNew(COAL);
    String base = "/api/v1/enterprises/" + id + "/plans";
    long planId = json(post(base, JSON, read(PLAN))).get("id").asLong();

    Actor stranger = actor(TENANT_B, java.util.List.of(), Role.ADMIN);
    assertThat(getAs(stranger, base + "/" + planId).statusCode()).isEqualTo(404);
    Actor viewer = actor(Role.VIEWER);
    assertThat(getAs(viewer, base + "/" + planId).statusCode()).isEqualTo(200);
    assertThat(
            postJsonAs(viewer, base, new String(read(PLAN), StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(403);
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
