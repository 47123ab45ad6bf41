package org.minecarbon.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.table.Limits;

/** The limits of {@link Limits} on crafted input: refused quickly, with one clear issue. */
class FuzzLimitsTest {
  private static final Duration QUICK = Duration.ofSeconds(10);

  /**
   * A valid workbook whose first sheet part is replaced by {@code inflated} bytes of repetitive
   * XML, deflated to about a thousandth of that.
   */
  static byte[] bomb(long inflated) throws IOException {
    return bomb(inflated, "xl/worksheets/sheet1.xml");
  }

  static byte[] bomb(long inflated, String part) throws IOException {
    byte[] valid =
        FuzzCorpusTest.bytes(FuzzCorpusTest.corpus("xlsx").resolve("valid-minimal.xlsx"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED); // quick to build; still about 1:1000
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(part)) {
          repetitive(zip, inflated);
        } else {
          zip.write(content);
        }
      }
    }
    return out.toByteArray();
  }

  private static void repetitive(ZipOutputStream zip, long inflated) throws IOException {
    zip.write(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
            .getBytes(StandardCharsets.UTF_8));
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) 'a');
    for (long n = 0; n < inflated; n += chunk.length) {
      zip.write(chunk);
    }
    zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readXlsx_zipBombOf1GiB_isRefusedQuicklyWithTheLimit() throws IOException {
    byte[] bomb = bomb(1L << 30);
    assertThat(bomb.length).isLessThan(5 * 1024 * 1024); // 1 GiB inflated from a few MB

    long start = System.nanoTime();
    Result<Inventory> r = Documents.readXlsx(new ByteArrayInputStream(bomb), "bomb.xlsx");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
    assertThat(r.isOk()).isFalse();
    assertThat(r.issues()).extracting(Issue::code).contains(IoCodes.LIMIT_EXCEEDED);
    assertThat(r.issues())
        .anySatisfy(
            i ->
                assertThat(i.message())
                    .isEqualTo(
                        "bomb.xlsx part xl/worksheets/sheet1.xml inflates to more than 256 MB (a"
                            + " zip bomb?); the limit is 256 MB of inflated workbook parts"));
  }

  @Test
  void readXlsx_zipBombBehindAMalformedPart_isStillRefused() throws IOException {
    byte[] book =
        FuzzCorpusGenerator.rewrite(
            bomb(300L << 20, "xl/worksheets/sheet3.xml"),
            "xl/worksheets/sheet1.xml",
            s -> "<worksheet><sheetData><row>");

    Result<Inventory> r = Documents.readXlsx(new ByteArrayInputStream(book), "bomb.xlsx");

    assertThat(r.issues())
        .extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).contains("xl/worksheets/sheet3.xml", "256 MB"));
  }

  @Test
  void readXlsx_sheetOverTheRowLimit_isRefusedNamingSheetAndLimit() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= Limits.MAX_ROWS + 1; i++) {
      rows.append("<row r=\"").append(i).append("\"/>");
    }
    byte[] valid =
        FuzzCorpusTest.bytes(FuzzCorpusTest.corpus("xlsx").resolve("valid-minimal.xlsx"));
    byte[] book =
        FuzzCorpusGenerator.rewrite(
            valid,
            "xl/worksheets/sheet3.xml",
            s ->
                s.replaceFirst("<sheetData>.*</sheetData>", "<sheetData>" + rows + "</sheetData>"));

    Result<Inventory> r = Documents.readXlsx(new ByteArrayInputStream(book), "big.xlsx");

    // 200,001 <row> elements, each counted while streaming the part
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.TOO_MANY_ROWS);
              assertThat(i.message())
                  .isEqualTo("big.xlsx sheet activities has 200001 rows; the limit is 200000");
            });
  }

  @Test
  void readXlsx_rowsPaddedToAFarColumn_overTheCellLimit_isRefused() throws IOException {
    // 3,001 rows whose only cell is in column ALL (= 1×676 + 12×26 + 12 = 1000): POI would pad
    // each row to 1,000 cells, 3,001,000 in all, more than MAX_CELLS (3,000,000)
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 3_001; i++) {
      rows.append("<row r=\"").append(i).append("\"><c r=\"ALL").append(i).append("\"/></row>");
    }
    byte[] valid =
        FuzzCorpusTest.bytes(FuzzCorpusTest.corpus("xlsx").resolve("valid-minimal.xlsx"));
    byte[] book =
        FuzzCorpusGenerator.rewrite(
            valid,
            "xl/worksheets/sheet3.xml",
            s ->
                s.replaceFirst("<sheetData>.*</sheetData>", "<sheetData>" + rows + "</sheetData>"));

    Result<Inventory> r = Documents.readXlsx(new ByteArrayInputStream(book), "wide.xlsx");

    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.LIMIT_EXCEEDED);
              assertThat(i.message()).contains("wide.xlsx has 3001", "the limit is 3000000 cells");
            });
  }

  @Test
  void readJson_moreRowsThanTheLimit_isRefusedWithThePointer() {
    StringBuilder doc =
        new StringBuilder("{\"format\":\"minecarbon/inventory@1\",\"production\":[");
    for (int i = 0; i <= Limits.MAX_ROWS; i++) {
      doc.append(i == 0 ? "" : ",").append("{}");
    }
    doc.append("]}");

    Result<Inventory> r =
        Documents.readJson(
            new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)), "d.json");

    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.TOO_MANY_ROWS);
              assertThat(i.pointer()).isEqualTo("/production");
              assertThat(i.message()).contains("200001 rows; the limit is 200000");
            });
  }

  @Test
  void readJson_wrongTypeOfHugeValue_echoesOnlyAShortValue() {
    String doc =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":\"" + "x".repeat(50_000) + "\"}";

    Result<Inventory> r =
        Documents.readJson(
            new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "d.json");

    assertThat(r.errors()).isNotEmpty();
    assertThat(r.errors()).allSatisfy(i -> assertThat(i.value().length()).isLessThanOrEqualTo(201));
  }
}
