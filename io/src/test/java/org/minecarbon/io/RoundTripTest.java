package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.testkit.Fixtures;

class RoundTripTest {
  @TempDir Path tmp;

  static Inventory load(String fixture) {
    return Documents.readJson(Fixtures.stream(fixture), fixture).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL})
  void json_writeThenRead_givesEqualModel(String fixture) throws IOException {
    Inventory inv = load(fixture);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeJson(inv, out);
    var back = Documents.readJson(new ByteArrayInputStream(out.toByteArray()), "x.json");
    assertThat(back.issues()).isEmpty();
    assertThat(back.orElseThrow()).isEqualTo(inv);
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL})
  void xlsx_writeThenRead_givesEqualModel(String fixture) throws IOException {
    Inventory inv = load(fixture);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeXlsx(inv, out);
    var back = Documents.readXlsx(new ByteArrayInputStream(out.toByteArray()), "x.xlsx");
    assertThat(back.issues()).isEmpty();
    assertThat(back.orElseThrow()).isEqualTo(inv);
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL})
  void csv_writeThenRead_givesEqualModel(String fixture) throws IOException {
    Inventory inv = load(fixture);
    Documents.writeCsvFolder(inv, tmp.resolve("inv"));
    var back = Documents.readCsvFolder(tmp.resolve("inv"));
    assertThat(back.issues()).isEmpty();
    assertThat(back.orElseThrow()).isEqualTo(inv);
  }

  @Test
  void writeJson_prettyUtf8_chineseUnescapedAndContractOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeJson(load(Fixtures.RICH), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("某煤业有限公司").doesNotContain("\\u");
    assertThat(text).contains("\n  \"enterprise\"");
    assertThat(text.indexOf("\"format\"")).isLessThan(text.indexOf("\"enterprise\""));
    assertThat(text.indexOf("\"settings\"")).isLessThan(text.indexOf("\"sites\""));
    assertThat(text.indexOf("\"activities\"")).isLessThan(text.indexOf("\"sinks\""));
    assertThat(text).contains("3000000").doesNotContain("3.0E6");
  }

  @Test
  void writeJson_omitsAbsentOptionals() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeJson(load(Fixtures.MINIMAL), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("null", "settings", "ncv", "stage", "uncertainty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inv.json", "inv.xlsx", "inv", "inv.XLSX"})
  void writeAndRead_byPath_dispatchOnExtension(String name) throws IOException {
    Inventory inv = load(Fixtures.RICH);
    Path path = tmp.resolve(name);
    Documents.write(inv, path);
    assertThat(Documents.read(path).orElseThrow()).isEqualTo(inv);
  }

  @Test
  void write_byPath_csvFolderHasOneFilePerSheetWithBom() throws IOException {
    Documents.write(load(Fixtures.RICH), tmp.resolve("folder"));
    assertThat(Files.list(tmp.resolve("folder")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder(
            "enterprise.csv", "sites.csv", "activities.csv", "sinks.csv", "production.csv");
    byte[] bytes = Files.readAllBytes(tmp.resolve("folder/activities.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void read_missingFile_isFileNotFoundIssue() {
    assertThat(Documents.read(tmp.resolve("nope.json")).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.FILE_NOT_FOUND);
    assertThat(Documents.read(tmp.resolve("nope")).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.FILE_NOT_FOUND);
  }

  @Test
  void read_unknownExtension_isUnsupportedFormat() throws IOException {
    Path txt = Files.writeString(tmp.resolve("inv.txt"), "hello");
    assertThat(Documents.read(txt).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.UNSUPPORTED_FORMAT);
  }

  @Test
  void read_garbageXlsx_isUnreadableIssue() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.xlsx"), "not a zip");
    assertThat(Documents.read(bad).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.UNREADABLE);
  }
}
