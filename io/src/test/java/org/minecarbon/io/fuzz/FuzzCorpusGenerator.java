package org.minecarbon.io.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the XLSX files of the corpus ({@code src/test/resources/.../fuzz/xlsx}); run on purpose
 * only: {@code -Dtest=FuzzCorpusGenerator -Dminecarbon.fuzz.generate=true}. Kept so that the binary
 * corpus files can be reproduced and reviewed.
 */
@EnabledIfSystemProperty(named = "minecarbon.fuzz.generate", matches = "true")
class FuzzCorpusGenerator {
  private static final Path OUT = Path.of("src/test/resources/org/minecarbon/io/fuzz/xlsx");
  private static final Object[] ACT_HEADER = {"period", "source", "fuel", "quantity", "unit"};

  @Test
  void generate() throws IOException {
    Files.createDirectories(OUT);
    save("valid-minimal.xlsx", book(wb -> {}));
    save("formula-cells.xlsx", book(wb -> act(wb).getRow(1).getCell(3).setCellFormula("50*2")));
    save("formula-error.xlsx", book(wb -> act(wb).getRow(1).getCell(3).setCellFormula("1/0")));
    save(
        "formula-text-injection.xlsx",
        book(
            wb ->
                act(wb).getRow(1).getCell(2).setCellFormula("HYPERLINK(\"http://x\",\"diesel\")")));
    save("date-period.xlsx", book(WorkbookCorpus::datePeriod));
    save("date-quantity.xlsx", book(WorkbookCorpus::dateQuantity));
    save(
        "merged-cells.xlsx", book(wb -> act(wb).addMergedRegion(new CellRangeAddress(1, 2, 0, 1))));
    save(
        "wrong-sheet-names.xlsx",
        book(wb -> wb.setSheetName(wb.getSheetIndex("activities"), "Sheet1")));
    save("boolean-quantity.xlsx", book(wb -> act(wb).getRow(1).getCell(3).setCellValue(true)));
    save(
        "numeric-site-id.xlsx",
        book(wb -> wb.getSheet("sites").getRow(1).getCell(0).setCellValue(7.0)));
    save("huge-number-text.xlsx", book(wb -> act(wb).getRow(1).getCell(3).setCellValue("1e400")));
    save(
        "max-double.xlsx", book(wb -> act(wb).getRow(1).getCell(3).setCellValue(Double.MAX_VALUE)));
    save("wide-row.xlsx", book(wb -> act(wb).getRow(1).createCell(16_383).setCellValue("x")));
    save(
        "far-row.xlsx",
        book(wb -> act(wb).createRow(1_048_575).createCell(0).setCellValue("2024")));
    save("no-sheets.xlsx", empty());
    save("header-only.xlsx", book(wb -> act(wb).removeRow(act(wb).getRow(1))));
    save("xls-renamed.xlsx", xls());
    byte[] valid = book(wb -> {});
    save("truncated.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2));
    save("empty.xlsx", new byte[0]);
    save("csv-renamed.xlsx", "period,source\n2024,fuel\n".getBytes(StandardCharsets.UTF_8));
    save("binary-garbage.xlsx", garbage());
    save("zip-without-workbook.xlsx", zip("hello.txt", "hi"));
    save("corrupt-entry.xlsx", corrupt(valid));
    save(
        "xxe-doctype.xlsx",
        rewrite(
            valid,
            "xl/worksheets/sheet1.xml",
            s ->
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + s.substring(s.indexOf("?>") + 2).replace("<sheetData>", "<sheetData>&e;")));
    save(
        "billion-laughs.xlsx",
        rewrite(
            valid,
            "xl/sharedStrings.xml",
            s ->
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                    + s.substring(s.indexOf("?>") + 2)
                        .replaceFirst("<t>[^<]*</t>", "<t>&d;&d;&d;&d;</t>")));
    save(
        "long-text-cell.xlsx",
        rewrite(
            valid,
            "xl/sharedStrings.xml",
            s -> s.replaceFirst("<t>[^<]*</t>", "<t>" + "x".repeat(100_001) + "</t>")));
  }

  private static Sheet act(Workbook wb) {
    return wb.getSheet("activities");
  }

  static byte[] book(java.util.function.Consumer<Workbook> change) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      rows(
          wb.createSheet("enterprise"),
          new Object[] {"key", "value"},
          new Object[] {"format", "minecarbon/inventory@1"},
          new Object[] {"name", "M"});
      rows(wb.createSheet("sites"), new Object[] {"id"}, new Object[] {"main"});
      rows(
          wb.createSheet("activities"),
          ACT_HEADER,
          new Object[] {"2024", "fuel", "diesel", 100.0, "t"});
      change.accept(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void rows(Sheet sheet, Object[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else {
          row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
        }
      }
    }
  }

  /** Date-typed cells (what Excel does to a typed period or a pasted number). */
  static final class WorkbookCorpus {
    static void datePeriod(Workbook wb) {
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm"));
      act(wb).getRow(1).getCell(0).setCellValue(LocalDate.of(2024, 3, 1));
      act(wb).getRow(1).getCell(0).setCellStyle(style);
    }

    static void dateQuantity(Workbook wb) {
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      act(wb).getRow(1).getCell(3).setCellStyle(style);
    }
  }

  private static byte[] empty() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("activities").createRow(0).createCell(0).setCellValue("period");
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] garbage() {
    byte[] b = new byte[700];
    new Random(11).nextBytes(b);
    b[0] = 'P';
    b[1] = 'K';
    b[2] = 3;
    b[3] = 4;
    return b;
  }

  private static byte[] zip(String name, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] corrupt(byte[] valid) {
    byte[] b = valid.clone();
    for (int i = b.length / 3; i < b.length / 3 + 40; i++) {
      b[i] ^= (byte) 0x5A;
    }
    return b;
  }

  /** The workbook with one part's XML text changed. */
  static byte[] rewrite(byte[] valid, String part, UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(part)) {
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
      }
    }
    return out.toByteArray();
  }

  private static void save(String name, byte[] bytes) throws IOException {
    Files.write(OUT.resolve(name), bytes);
  }
}
