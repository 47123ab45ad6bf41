package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11: a document import takes up to {@code minecarbon.import.max-bytes}, every other upload
 * keeps {@code minecarbon.upload.max-bytes}; one byte over answers 413 naming both. The caps are
 * lowered here (1 MB and 256 KB) so that the boundary is cheap to cross.
 */
@TestPropertySource(
    properties = {"minecarbon.import.max-bytes=1MB", "minecarbon.upload.max-bytes=256KB"})
class UploadLimitsIT extends ApiTestBase {
  private static final int IMPORT_MAX = 1024 * 1024;
  private static final int UPLOAD_MAX = 256 * 1024;

  private static byte[] spaces(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) ' ');
    return b;
  }

  private static void assertNamesBothLimits(HttpResponse<byte[]> r) {
    assertProblem(r, 413, "BODY_TOO_LARGE");
    assertThat(json(r).get("detail").asString())
        .contains(
            "1 MB", "minecarbon.import.max-bytes", "262144 bytes", "minecarbon.upload.max-bytes");
  }

  @Test
  void importNew_rawBodyOneByteOverTheImportCap_413NamingBothLimits() {
    HttpResponse<byte[]> r = post("/api/v1/enterprises/import", JSON, spaces(IMPORT_MAX + 1));

    assertNamesBothLimits(r);
  }

  @Test
  void importNew_multipartOverTheImportCap_413NamingBothLimits() {
    // the file alone is at the cap; with the multipart envelope the request is over it
    HttpResponse<byte[]> r = upload("/api/v1/enterprises/import", "big.json", spaces(IMPORT_MAX));

    assertNamesBothLimits(r);
  }

  @Test
  void importNew_documentOverTheUploadCapUnderTheImportCap_imported() {
    // the coal mine example padded with whitespace to 600 KB: over every other upload's cap, under
    // the import cap, so it is read and imported
    byte[] doc = read(COAL);
    byte[] padded = Arrays.copyOf(doc, 600 * 1024);
    Arrays.fill(padded, doc.length, padded.length, (byte) ' ');

    HttpResponse<byte[]> r = upload("/api/v1/enterprises/import", "coal.json", padded);

    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
  }

  @Test
  void evidenceUpload_overTheUploadCap_413NamingBothLimits() {
    long id = importNew(COAL);

    HttpResponse<byte[]> r =
        upload(
            "/api/v1/enterprises/" + id + "/rows/1/evidence", "scan.pdf", spaces(UPLOAD_MAX + 1));

    assertNamesBothLimits(r);
  }
}
