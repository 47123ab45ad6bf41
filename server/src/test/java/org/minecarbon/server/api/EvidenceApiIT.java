package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.evidence.NewEvidence;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowQuery;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Evidence files: upload limits, checksums, safe download headers, tenant isolation. */
class EvidenceApiIT extends ApiTestBase {
  private static final byte[] PDF = pdf();

  @Autowired Store store;
  @Autowired DataSource dataSource;

  @Test
  void upload_pdf_201WithChecksumThenListedAndDownloadedIdentical() throws Exception {
    long id = importNew(COAL);
    long row = firstRow(id);

    HttpResponse<byte[]> r = upload(rowPath(id, row), "发票 2024-01.pdf", PDF);

    assertThat(r.statusCode()).as(text(r)).isEqualTo(201);
    JsonNode v = json(r);
    assertThat(v.get("sha256").asString()).isEqualTo(sha256(PDF));
    assertThat(v.get("size").asLong()).isEqualTo(PDF.length);
    assertThat(v.get("type").asString()).isEqualTo("application/pdf");
    assertThat(v.get("name").asString()).isEqualTo("发票 2024-01.pdf");
    assertThat(v.get("uploadedBy").asString()).isEqualTo(USER);
    assertThat(v.get("rowId").asLong()).isEqualTo(row);
    assertThat(json(get(rowPath(id, row)))).hasSize(1);
    String location = r.headers().firstValue("Location").orElseThrow();

    HttpResponse<byte[]> d = get(location);

    assertThat(d.statusCode()).isEqualTo(200);
    assertThat(d.body()).isEqualTo(PDF);
    assertThat(d.headers().firstValue("Content-Type")).get().isEqualTo("application/pdf");
    assertThat(d.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8%202024-01.pdf");
    assertThat(d.headers().firstValue("X-Content-Type-Options")).get().isEqualTo("nosniff");
    assertThat(d.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("sandbox");
  }

  @Test
  void upload_disallowedTypes_415ListingAllowedTypesAndNothingSaved() {
    long id = importNew(COAL);
    long row = firstRow(id);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    for (String name : new String[] {"page.html", "image.svg", "tool.exe", "x.js", "noext"}) {
      HttpResponse<byte[]> r = upload(rowPath(id, row), name, html);
      assertProblem(r, 415, "EVIDENCE_TYPE");
      assertThat(json(r).get("detail").asString()).contains("pdf, png, jpg");
    }
    // the right extension with the wrong content: an HTML page renamed to .pdf, or a .txt with NUL
    assertProblem(upload(rowPath(id, row), "invoice.pdf", html), 415, "EVIDENCE_TYPE");
    assertProblem(upload(rowPath(id, row), "scan.png", PDF), 415, "EVIDENCE_TYPE");
    assertProblem(
        upload(rowPath(id, row), "t.txt", new byte[] {'a', 0, 'b'}), 415, "EVIDENCE_TYPE");
    assertThat(json(get(rowPath(id, row)))).isEmpty();
  }

  @Test
  void upload_textAndOfficeFiles_acceptedWithTheirTypes() {
    long id = importNew(COAL);
    long row = firstRow(id);
    byte[] csv = "日期,读数\n2024-01-31,1234.5\n".getBytes(StandardCharsets.UTF_8);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    JsonNode c = json(upload(rowPath(id, row), "meter.csv", csv));
    JsonNode x = json(upload(rowPath(id, row), "assay.XLSX", zip));

    assertThat(c.get("type").asString()).isEqualTo("text/csv; charset=utf-8");
    assertThat(x.get("type").asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void upload_emptyFile_400() {
    long id = importNew(COAL);

    assertProblem(
        upload(rowPath(id, firstRow(id)), "empty.pdf", new byte[0]), 400, "EVIDENCE_EMPTY");
  }

  @Test
  void upload_overTenMegabytes_413WithClearMessage() {
    long id = importNew(COAL);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    HttpResponse<byte[]> r = upload(rowPath(id, firstRow(id)), "big.pdf", big);

    assertProblem(r, 413, "EVIDENCE_TOO_LARGE");
    assertThat(json(r).get("detail").asString()).contains("10 MB");
  }

  @Test
  void upload_withNote_noteStoredAndPathInNameStripped() {
    long id = importNew(COAL);

    HttpResponse<byte[]> r = uploadWithNote(rowPath(id, firstRow(id)), "..\\..\\etc/a.pdf", "一月发票");

    assertThat(r.statusCode()).as(text(r)).isEqualTo(201);
    assertThat(json(r).get("note").asString()).isEqualTo("一月发票");
    assertThat(json(r).get("name").asString()).isEqualTo("a.pdf");
  }

  @Test
  void delete_204ThenGone() {
    long id = importNew(COAL);
    long row = firstRow(id);
    long ev = json(upload(rowPath(id, row), "a.pdf", PDF)).get("id").asLong();

    assertThat(delete("/api/v1/enterprises/" + id + "/evidence/" + ev).statusCode()).isEqualTo(204);

    assertProblem(get("/api/v1/enterprises/" + id + "/evidence/" + ev), 404, "NOT_FOUND");
    assertThat(json(get(rowPath(id, row)))).isEmpty();
  }

  @Test
  void delete_rowInSubmittedYear_409LockedButUploadStillAllowed() {
    long id = importNew(COAL);
    JsonNode first = json(get("/api/v1/enterprises/" + id + "/rows?kind=activity")).get(0);
    long row = first.get("id").asLong();
    int year = first.get("year").asInt();
    long ev = json(upload(rowPath(id, row), "a.pdf", PDF)).get("id").asLong();
    assertThat(
            postJson("/api/v1/enterprises/" + id + "/years/" + year + "/submit", "{}").statusCode())
        .isEqualTo(200);

    assertProblem(delete("/api/v1/enterprises/" + id + "/evidence/" + ev), 409, "PERIOD_LOCKED");
    assertThat(upload(rowPath(id, row), "b.pdf", PDF).statusCode()).isEqualTo(201);
    assertThat(json(get(rowPath(id, row)))).hasSize(2);
  }

  @Test
  void otherTenant_evidenceAndRows_404Everywhere() {
    long own = importNew(COAL);
    long other = otherTenantEnterprise();
    long otherRow = store.rows().list(other, RowQuery.ALL).get(0).id();
    long ev =
        store
            .evidence()
            .add(
                new NewEvidence(
                    other,
                    otherRow,
                    null,
                    "x.pdf",
                    "application/pdf",
                    sha256(PDF),
                    PDF,
                    "x",
                    null));
    String theirs = "/api/v1/enterprises/" + other + "/evidence/" + ev;

    assertProblem(get(theirs), 404, "NOT_FOUND");
    assertProblem(delete(theirs), 404, "NOT_FOUND");
    assertProblem(get(rowPath(other, otherRow)), 404, "NOT_FOUND");
    assertProblem(upload(rowPath(other, otherRow), "a.pdf", PDF), 404, "NOT_FOUND");
    // their ids under our enterprise: still nothing
    assertProblem(get("/api/v1/enterprises/" + own + "/evidence/" + ev), 404, "NOT_FOUND");
    assertProblem(upload(rowPath(own, otherRow), "a.pdf", PDF), 404, "NOT_FOUND");
    assertThat(store.evidence().get(other, ev)).isPresent();
  }

  @Test
  void download_contentChangedInDatabase_409Corrupt() throws Exception {
    long id = importNew(COAL);
    long ev = json(upload(rowPath(id, firstRow(id)), "a.pdf", PDF)).get("id").asLong();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE evidence_file SET content = ? WHERE id = ?")) {
      byte[] tampered = PDF.clone();
      tampered[tampered.length - 1] ^= 1;
      ps.setBytes(1, tampered);
      ps.setLong(2, ev);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    assertProblem(get("/api/v1/enterprises/" + id + "/evidence/" + ev), 409, "EVIDENCE_CORRUPT");
  }

  private long otherTenantEnterprise() {
    ObjectNode doc = InventoryWriter.write(Documents.read(COAL).orElseThrow());
    long group = store.users().createGroup("other-" + UUID.randomUUID());
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    return id;
  }

  private long firstRow(long id) {
    return json(get("/api/v1/enterprises/" + id + "/rows?kind=activity")).get(0).get("id").asLong();
  }

  private static String rowPath(long id, long row) {
    return "/api/v1/enterprises/" + id + "/rows/" + row + "/evidence";
  }

  private HttpResponse<byte[]> uploadWithNote(String path, String fileName, String note) {
    String boundary = "----ev" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
            + note
            + "\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName.replace("\\", "\\\\")
            + "\"\r\nContent-Type: application/pdf\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(PDF);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }
}
