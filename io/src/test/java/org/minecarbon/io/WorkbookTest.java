package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minecarbon.io.Sheets.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.result.Severity;

class WorkbookTest {
  private static final Object[] HEADER =
      row("period", "site", "source", "fuel", "quantity", "unit", "carbonates");

  @Test
  void readXlsx_chineseSheetAndHeaderAliases_blankRowsSkipped() {
    Inventory inv =
        Sheets.of("企业", row("字段", "值"), row("格式", "minecarbon/inventory@1"), row("名称", "某矿"))
            .and("矿山", row("编号", "名称"), row("north", "北井"))
            .and(
                "排放活动",
                row("期间", "站点", "环节", "排放源", "燃料", "数量 (quantity)", "单位", "备注"),
                row("2024", "north", "开采", "fuel", "柴油", 12.5, "t", "叉车"),
                row(),
                row(null, null, null, null, null, null, null, null),
                row("2024-02", "north", null, "fuel", "diesel", 3.0, "吨", null))
            .read()
            .orElseThrow();
    assertThat(inv.enterprise().name()).isEqualTo("某矿");
    assertThat(inv.sites()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("北井"));
    assertThat(inv.activities()).hasSize(2);
    ActivityRow.Fuel second = (ActivityRow.Fuel) inv.activities().get(1);
    assertThat(second.meta().pointer()).isEqualTo("/activities/1");
    assertThat(second.meta().period()).isEqualTo(new Period(2024, 2));
    assertThat(inv.activities().get(0).meta().stage()).isEqualTo(Stage.MINING);
  }

  @Test
  void readXlsx_badCells_reportSheetRowColumnAndPointer() {
    Result<Inventory> r =
        Sheets.of(
                "activities",
                HEADER,
                row("2024", null, "fuel", "diesel", 1.0, "t"),
                row("2024", null, "fuel", "diesel", 2.0, "t"),
                row("2024", null, "fuel", "diesel", 3.0, "t"),
                row("2024", null, "fuel", "diesel", "abc", "桶"),
                row("2024", null, "carbonate", null, 1.0, "t", "CaCO3 0.8"))
            .withEnterprise()
            .read();
    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer, Issue::location)
        .containsExactly(
            tuple(
                Codes.WRONG_TYPE,
                "/activities/4/carbonates",
                "sheet activities, row 6, column carbonates"),
            tuple(
                Codes.WRONG_TYPE,
                "/activities/3/quantity",
                "sheet activities, row 5, column quantity"),
            tuple(Codes.UNKNOWN_UNIT, "/activities/3/unit", "sheet activities, row 5, column unit"),
            // semantic checks of every row, broken ones too, in the same run: no sites sheet
            tuple(Codes.SITE_REQUIRED, "/activities/0/site", "sheet activities, row 2"),
            tuple(Codes.SITE_REQUIRED, "/activities/1/site", "sheet activities, row 3"),
            tuple(Codes.SITE_REQUIRED, "/activities/2/site", "sheet activities, row 4"),
            tuple(Codes.SITE_REQUIRED, "/activities/3/site", "sheet activities, row 5"),
            tuple(Codes.SITE_REQUIRED, "/activities/4/site", "sheet activities, row 6"));
    assertThat(r.issues().get(1).describe())
        .contains("sheet activities, row 5, column quantity [/activities/3/quantity]");
  }

  @Test
  void readXlsx_rowLevelIssue_locatedAtTheRow() {
    Result<Inventory> r =
        Sheets.of("activities", HEADER, row("2024", null, "fuel", null, 1.0, "t"))
            .withEnterprise()
            .read();
    assertThat(r.issues())
        .extracting(Issue::pointer, Issue::location)
        .containsExactly(
            tuple("/activities/0/fuel", "sheet activities, row 2"),
            tuple("/activities/0/site", "sheet activities, row 2")); // no sites sheet
  }

  @Test
  void readXlsx_enterpriseValues_locatedInValueColumn() {
    Result<Inventory> r =
        Sheets.of("enterprise", row("key", "value"), row("format", "v2"), row("gwp", "AR9")).read();
    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer, Issue::location)
        .containsExactly(
            tuple(Codes.UNKNOWN_FORMAT, "/format", "sheet enterprise, row 2, column value"),
            tuple(Codes.UNKNOWN_CODE, "/settings/gwp", "sheet enterprise, row 3, column value"));
  }

  @Test
  void readXlsx_unknownHeader_isWarningOnly() {
    Result<Inventory> r =
        Sheets.of(
                "activities",
                row("period", "source", "gas", "quantity", "unit", "colour"),
                row("2024", "fugitive", "CH4", 1.0, "t", "red"))
            .withEnterprise()
            .read();
    assertThat(r.isOk()).isTrue();
    assertThat(r.issues())
        .extracting(Issue::code, Issue::severity, Issue::location)
        .containsExactly(
            tuple(Codes.UNKNOWN_FIELD, Severity.WARNING, "sheet activities, row 1, column colour"));
  }

  @Test
  void readXlsx_numericAndDatePeriods_becomePeriods() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook wb =
            new XSSFWorkbook(
                new ByteArrayInputStream(
                    Sheets.of(
                            "activities",
                            row("period", "source", "gas", "quantity", "unit"),
                            row(2024.0, "fugitive", "CH4", 1.0, "t"),
                            row(null, "fugitive", "CH4", 1.0, "t"))
                        .withEnterprise()
                        .bytes()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.getSheet("activities");
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm"));
      var cell = s.getRow(2).createCell(0);
      cell.setCellValue(LocalDate.of(2024, 3, 1));
      cell.setCellStyle(dateStyle);
      wb.write(out);
      bytes = out.toByteArray();
    }
    Inventory inv = Documents.readXlsx(new ByteArrayInputStream(bytes), "x.xlsx").orElseThrow();
    assertThat(inv.activities())
        .extracting(a -> a.meta().period())
        .containsExactly(Period.ofYear(2024), new Period(2024, 3));
  }

  @Test
  void readXlsx_tooLarge_isRefusedWithoutReadingItAll() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }
        };
    assertThat(Documents.readXlsx(endless, "huge.xlsx").issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.FILE_TOO_LARGE);
  }

  @Test
  void readXlsx_tooManyRows_isRefused() {
    Object[][] rows = new Object[200_002][];
    rows[0] = HEADER;
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new Object[0];
    }
    rows[rows.length - 1] = row("2024");
    Result<Inventory> r = Sheets.of("activities", rows).withEnterprise().read();
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.TOO_MANY_ROWS);
              assertThat(i.message()).contains("activities", "200002");
            });
  }

  @Test
  void template_readBack_givesEmptyInventoryWithoutIssues() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(out);
    Result<Inventory> r =
        Documents.readXlsx(new ByteArrayInputStream(out.toByteArray()), "template.xlsx");
    assertThat(r.issues()).isEmpty();
    Inventory inv = r.orElseThrow();
    assertThat(inv.sites()).isEmpty();
    assertThat(inv.activities()).isEmpty();
    assertThat(inv.sinks()).isEmpty();
    assertThat(inv.production()).isEmpty();
  }

  @Test
  void template_hasInstructionsCommentsDropDownsAndFrozenHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("说明");
      Sheet activities = wb.getSheet("排放活动");
      assertThat(activities.getPaneInformation().isFreezePane()).isTrue();
      var comment = activities.getRow(0).getCell(4).getCellComment();
      assertThat(comment.getString().getString()).contains("排放源", "source", "井工开采CH4逃逸");
      assertThat(activities.getDataValidations())
          .extracting(v -> v.getValidationConstraint().getFormula1())
          .contains("list_source", "list_stage", "list_unit", "list_fuel", "list_gas", "list_grid");
      assertThat(wb.getSheet("碳汇").getDataValidations())
          .extracting(v -> v.getValidationConstraint().getFormula1())
          .contains("list_sink", "list_instrument");
      assertThat(wb.getSheet("企业").getDataValidations())
          .extracting(v -> v.getValidationConstraint().getFormula1())
          .contains("list_industry", "list_gwp");
      assertThat(wb.isSheetHidden(wb.getSheetIndex("_lists"))).isTrue();
    }
  }
}
