package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;
import org.minecarbon.io.ResultWriters;
import tools.jackson.databind.JsonNode;

/** Import (JSON, XLSX), export, validation, and the balance against the engine. */
class DocumentApiIT extends ApiTestBase {

  @Test
  void importJson_coalMine_balanceEqualsEngineOutputByteForByte() throws IOException {
    long id = importNew(COAL);

    HttpResponse<byte[]> r = get("/api/v1/enterprises/" + id + "/balance");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(engineBalanceJson());
  }

  @Test
  void importXlsx_multipart_balanceEqualsEngineOutput() throws IOException {
    Inventory coal = Documents.read(COAL).orElseThrow();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Documents.writeXlsx(coal, xlsx);

    HttpResponse<byte[]> imported =
        upload("/api/v1/enterprises/import", "coal-mine.xlsx", xlsx.toByteArray());

    assertThat(imported.statusCode())
        .as(new String(imported.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    long id = json(imported).get("enterpriseId").asLong();
    HttpResponse<byte[]> balance = get("/api/v1/enterprises/" + id + "/balance");
    assertThat(new String(balance.body(), StandardCharsets.UTF_8)).isEqualTo(engineBalanceJson());
  }

  @Test
  void exportJson_afterImport_givesAnEqualInventory() {
    long id = importNew(COAL);

    HttpResponse<byte[]> r = get("/api/v1/enterprises/" + id + "/export?format=json");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment");
    Inventory back =
        Documents.readJson(new ByteArrayInputStream(r.body()), "export.json").orElseThrow();
    assertThat(back).isEqualTo(Documents.read(COAL).orElseThrow());
  }

  @Test
  void exportXlsx_afterImport_readsBackWithTheSameRows() {
    long id = importNew(METAL);

    HttpResponse<byte[]> r = get("/api/v1/enterprises/" + id + "/export?format=xlsx");

    assertThat(r.statusCode()).isEqualTo(200);
    Inventory back = Documents.readXlsx(new ByteArrayInputStream(r.body()), "x.xlsx").orElseThrow();
    Inventory original = Documents.read(METAL).orElseThrow();
    assertThat(back.activities()).hasSameSizeAs(original.activities());
    assertThat(back.sinks()).hasSameSizeAs(original.sinks());
    assertThat(back.sites()).hasSameSizeAs(original.sites());
  }

  @Test
  void importInto_documentWithErrors_422WithEveryIssueAndNothingSaved() {
    long id = importNew(COAL);
    String before =
        new String(get("/api/v1/enterprises/" + id + "/export").body(), StandardCharsets.UTF_8);
    String broken =
        new String(read(METAL), StandardCharsets.UTF_8)
            .replace("\"fuel\": \"diesel\"", "\"fuel\": \"unobtainium\"")
            .replace("\"quantity\": 12000,", "\"quantity\": -12000,");

    HttpResponse<byte[]> r =
        post(
            "/api/v1/enterprises/" + id + "/import", JSON, broken.getBytes(StandardCharsets.UTF_8));

    assertProblem(r, 422, "UNKNOWN_FUEL");
    JsonNode issues = json(r).get("issues");
    assertThat(issues.findValuesAsString("code")).contains("UNKNOWN_FUEL", "NEGATIVE_QUANTITY");
    assertThat(issues.findValuesAsString("pointer"))
        .contains("/activities/0/fuel", "/activities/1/fuel");
    String after =
        new String(get("/api/v1/enterprises/" + id + "/export").body(), StandardCharsets.UTF_8);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void importNew_invalidJson_422AndNoEnterpriseCreated() {
    int before = json(get("/api/v1/enterprises")).size();

    HttpResponse<byte[]> r =
        post("/api/v1/enterprises/import", JSON, "{\"format\": ".getBytes(StandardCharsets.UTF_8));

    assertProblem(r, 422, "INVALID_JSON");
    assertThat(json(get("/api/v1/enterprises")).size()).isEqualTo(before);
  }

  @Test
  void importNew_xlsxWithErrors_issuesCarryWorkbookLocations() throws IOException {
    Inventory coal = Documents.read(COAL).orElseThrow();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Documents.writeXlsx(coal, xlsx);
    byte[] broken = replaceCell(xlsx.toByteArray(), "diesel", "unobtainium");

    HttpResponse<byte[]> r = upload("/api/v1/enterprises/import", "coal.xlsx", broken);

    assertProblem(r, 422, "UNKNOWN_FUEL");
    JsonNode issue = json(r).get("issues").get(0);
    assertThat(issue.get("value").asString()).isEqualTo("unobtainium");
    assertThat(issue.get("location").asString()).isNotEmpty();
  }

  @Test
  void importNew_unsupportedExtension_422UnsupportedFormat() {
    HttpResponse<byte[]> r = upload("/api/v1/enterprises/import", "coal.txt", read(COAL));

    assertProblem(r, 422, "UNSUPPORTED_FORMAT");
  }

  /** The workbook with the first string cell equal to {@code from} changed to {@code to}. */
  private static byte[] replaceCell(byte[] xlsx, String from, String to) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && cell.getStringCellValue().equals(from)) {
              cell.setCellValue(to);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              wb.write(out);
              return out.toByteArray();
            }
          }
        }
      }
    }
    throw new IllegalStateException("no cell " + from);
  }

  @Test
  void validate_brokenDocument_listsIssuesWithPointers() {
    String broken =
        new String(read(COAL), StandardCharsets.UTF_8)
            .replace("\"unit\": \"MWh\"", "\"unit\": \"furlong\"");

    HttpResponse<byte[]> r =
        post("/api/v1/validate", JSON, broken.getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode report = json(r);
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("issues").findValuesAsString("code")).contains("UNKNOWN_UNIT");
    assertThat(report.get("issues").findValuesAsString("pointer")).contains("/activities/6/unit");
  }

  /** The coal mine document renamed, with only one new month's rows (2025-01). */
  private static byte[] janFile(String name) {
    String doc = new String(read(COAL), StandardCharsets.UTF_8);
    JsonNode tree = org.minecarbon.io.json.JsonCodec.mapper().readTree(doc);
    tools.jackson.databind.node.ObjectNode o = (tools.jackson.databind.node.ObjectNode) tree;
    ((tools.jackson.databind.node.ObjectNode) o.get("enterprise")).put("name", name);
    o.putArray("activities")
        .addObject()
        .put("source", "fuel")
        .put("period", "2025-01")
        .put("fuel", "diesel")
        .put("quantity", 10)
        .put("unit", "t");
    o.putArray("sinks");
    o.putArray("production")
        .addObject()
        .put("period", "2025-01")
        .put("product", "raw-coal")
        .put("quantity", 1000)
        .put("unit", "t");
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void importPreview_merge_listsAddedRowsWritesNothingThenConfirmWritesIt() {
    long id = importNew(COAL);
    String before =
        new String(get("/api/v1/enterprises/" + id + "/export").body(), StandardCharsets.UTF_8);

    HttpResponse<byte[]> preview =
        post("/api/v1/enterprises/" + id + "/import?preview=true", JSON, janFile("renamed"));

    assertThat(preview.statusCode())
        .as(new String(preview.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    JsonNode p = json(preview);
    assertThat(p.get("added").size()).isEqualTo(2);
    assertThat(p.get("removed").size()).isZero();
    assertThat(p.get("written").asBoolean()).isFalse();
    assertThat(
            new String(get("/api/v1/enterprises/" + id + "/export").body(), StandardCharsets.UTF_8))
        .isEqualTo(before);

    HttpResponse<byte[]> done =
        post(
            "/api/v1/enterprises/" + id + "/import?revision=" + p.get("revision").asLong(),
            JSON,
            janFile("renamed"));

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(json(done).get("written").asBoolean()).isTrue();
    JsonNode exported = json(get("/api/v1/enterprises/" + id + "/export"));
    // 18 stored activities + 1 added; the header keeps the stored name
    assertThat(exported.get("activities").size()).isEqualTo(19);
    assertThat(exported.get("enterprise").get("name").asString()).doesNotContain("renamed");
  }

  @Test
  void importConfirm_afterAChange_409StaleVersionAndNothingWritten() {
    long id = importNew(COAL);
    long revision =
        json(post("/api/v1/enterprises/" + id + "/import?preview=true", JSON, janFile("x")))
            .get("revision")
            .asLong();
    post("/api/v1/enterprises/" + id + "/import", JSON, janFile("x"));

    HttpResponse<byte[]> r =
        post(
            "/api/v1/enterprises/" + id + "/import?mode=replace&revision=" + revision,
            JSON,
            janFile("x"));

    assertProblem(r, 409, "STALE_VERSION");
  }

  @Test
  void importPreview_replace_listsTheYearsRowsAsRemoved() {
    long id = importNew(COAL);
    String doc =
        new String(read(COAL), StandardCharsets.UTF_8)
            .replace("\"quantity\": 150,", "\"quantity\": 151,");

    HttpResponse<byte[]> r =
        post(
            "/api/v1/enterprises/" + id + "/import?mode=replace&preview=true",
            JSON,
            doc.getBytes(StandardCharsets.UTF_8));

    // the same document with one value changed: one row changed in place, none removed or added
    JsonNode p = json(r);
    assertThat(p.get("changed").size()).isEqualTo(1);
    assertThat(p.get("changed").get(0).get("fields").get(0).get("after").asString())
        .isEqualTo("151");
    assertThat(p.get("removed").size()).isZero();
    assertThat(p.get("mode").asString()).isEqualTo("REPLACE");
  }

  @Test
  void import_unknownMode_422() {
    long id = importNew(COAL);

    assertProblem(
        post("/api/v1/enterprises/" + id + "/import?mode=wipe", JSON, read(COAL)),
        422,
        "UNKNOWN_CODE");
  }

  private static String engineBalanceJson() throws IOException {
    FactorLibrary library = FactorLibrary.builtIn();
    Inventory inventory = Documents.load(COAL, library).orElseThrow();
    Balance balance = new BalanceCalculator(library).calculate(inventory).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceJson(balance, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
