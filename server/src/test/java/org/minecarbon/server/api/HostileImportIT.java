package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minecarbon.io.Documents;
import tools.jackson.databind.JsonNode;

/**
 * Posts io's malformed-input corpus ({@code io/src/test/resources/.../fuzz}) to both import
 * endpoints: never a 5xx; a refused file answers problem+json with issues, creates no enterprise
 * and leaves the target enterprise's data exactly as it was (export before = export after).
 */
class HostileImportIT extends ApiTestBase {
  static final Path CORPUS = Path.of("../io/src/test/resources/org/minecarbon/io/fuzz");

  @TestFactory
  Stream<DynamicTest> importNew_everyCorpusFile_neverA5xxAndRefusedFilesCreateNothing() {
    return corpus()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    CORPUS.relativize(f).toString(),
                    () -> {
                      int before = enterpriseCount();
                      HttpResponse<byte[]> r =
                          upload("/api/v1/enterprises/import", uploadName(f), read(f));
                      assertHandled(r);
                      if (r.statusCode() != 200) {
                        assertThat(enterpriseCount()).isEqualTo(before);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> importInto_everyCorpusFile_neverA5xxAndRefusedFilesChangeNothing() {
    long id = importNew(COAL);
    return corpus()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    CORPUS.relativize(f).toString(),
                    () -> {
                      byte[] before = export(id);
                      HttpResponse<byte[]> r =
                          upload("/api/v1/enterprises/" + id + "/import", uploadName(f), read(f));
                      assertHandled(r);
                      if (r.statusCode() != 200) {
                        assertThat(export(id)).isEqualTo(before);
                      } else {
                        restore(id);
                      }
                    }));
  }

  @Test
  void importNew_xlsxZipBomb_422NamingTheLimit() throws IOException {
    int before = enterpriseCount();

    HttpResponse<byte[]> r = upload("/api/v1/enterprises/import", "bomb.xlsx", bomb(300 << 20));

    assertProblem(r, 422, "LIMIT_EXCEEDED");
    assertThat(json(r).get("issues").get(0).get("message").asString())
        .contains("bomb.xlsx", "inflates to more than 256 MB");
    assertThat(enterpriseCount()).isEqualTo(before);
  }

  // the upload caps (import vs other uploads, 413 naming both) are tested with lowered caps in
  // UploadLimitsIT: the import cap (100 MB) is too large to cross cheaply here

  @Test
  void importNew_rawBodyOverTheFileLimit_4xxProblemJson() {
    byte[] big = new byte[21 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');

    HttpResponse<byte[]> r = post("/api/v1/enterprises/import", JSON, big);

    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
  }

  /** The response of an upload: a 2xx, or a 4xx problem+json that lists issues. */
  static void assertHandled(HttpResponse<byte[]> r) {
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(r.statusCode()).as(body).isLessThan(500);
    if (r.statusCode() >= 400) {
      assertThat(r.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/problem+json");
      JsonNode issues = json(r).get("issues");
      assertThat(issues).as(body).isNotNull();
      assertThat(issues.isEmpty()).as(body).isFalse();
    }
  }

  /** JSON and XLSX files as they are, each CSV folder's files one by one (a .csv upload). */
  static Stream<Path> corpus() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(CORPUS)) {
      all.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(files).hasSizeGreaterThan(50);
    return files.stream();
  }

  private static String uploadName(Path f) {
    return f.getFileName().toString();
  }

  private int enterpriseCount() {
    HttpResponse<byte[]> r = get("/api/v1/enterprises");
    assertThat(r.statusCode()).isEqualTo(200);
    return json(r).size();
  }

  private byte[] export(long id) {
    HttpResponse<byte[]> r = get("/api/v1/enterprises/" + id + "/export?format=json");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private void restore(long id) {
    HttpResponse<byte[]> r = post("/api/v1/enterprises/" + id + "/import", JSON, read(COAL));
    assertThat(r.statusCode()).isEqualTo(200);
  }

  /** The coal mine as a workbook whose first sheet inflates to {@code inflated} bytes. */
  static byte[] bomb(long inflated) throws IOException {
    ByteArrayOutputStream valid = new ByteArrayOutputStream();
    Documents.writeXlsx(
        Documents.readJson(new ByteArrayInputStream(read(COAL)), "coal.json").orElseThrow(), valid);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED); // quick to build; still about 1:1000
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(content);
          continue;
        }
        byte[] row = "<row/>".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
        for (long n = 0; n < inflated; n += row.length) {
          zip.write(row);
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
