package org.minecarbon.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;
import org.minecarbon.io.Documents;
import org.minecarbon.io.table.ZhAliases;

/** The Chinese template: names, drop-downs, Chinese aliases on import, round trip. */
class ChineseTemplateTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path METAL = Path.of("../examples/metal-mine.json");

  private static byte[] template(Inventory inventory) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(inventory, out);
    return out.toByteArray();
  }

  private static Result<Inventory> load(byte[] xlsx) {
    return Documents.load(new ByteArrayInputStream(xlsx), "模板.xlsx", FactorLibrary.builtIn());
  }

  @Test
  void emptyTemplate_sheetNamesAndHeadersAreChinese() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).contains("说明", "企业", "矿山", "排放活动", "碳汇", "产量");
      assertThat(names).doesNotContain("activities", "production", "enterprise");
      assertThat(headers(wb.getSheet("产量")))
          .containsExactly("编号", "期间", "站点", "环节", "产品", "数量", "单位", "不确定性", "备注", "证据");
      assertThat(wb.getSheet("企业").getRow(1).getCell(0).getStringCellValue()).isEqualTo("格式");
    }
  }

  @Test
  void emptyTemplate_dropDownsForSourceUnitSiteProduct() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(formulas(wb.getSheet("排放活动")))
          .contains("list_source", "list_unit", "list_site", "list_fuel", "list_stage");
      assertThat(formulas(wb.getSheet("产量"))).contains("list_product", "list_unit", "list_site");
      assertThat(wb.getName("list_site").getRefersToFormula()).isEqualTo("'矿山'!$A$2:$A$5000");
      // the lists hold Chinese names: the source list starts with 化石燃料燃烧 (fuel)
      Sheet lists = wb.getSheet("_lists");
      assertThat(lists.getRow(0).getCell(0).getStringCellValue()).isEqualTo("化石燃料燃烧");
    }
  }

  @Test
  void filledTemplate_readsBackTheSameInventory() throws IOException {
    for (Path p : List.of(COAL, METAL)) {
      Inventory original = Documents.read(p).orElseThrow();

      Result<Inventory> back = load(template(original));

      assertThat(back.errors()).as(p.toString()).isEmpty();
      assertThat(back.orElseThrow()).as(p.toString()).isEqualTo(original);
    }
  }

  @Test
  void filledTemplate_writesChineseProductUnitAndFuelNames() throws IOException {
    byte[] xlsx = template(Documents.read(COAL).orElseThrow());

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row first = wb.getSheet("产量").getRow(1);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("原煤");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("吨");
      Row diesel = wb.getSheet("排放活动").getRow(1);
      assertThat(texts(diesel)).contains("柴油", "化石燃料燃烧", "吨");
    }
  }

  @Test
  void chineseProductRawCoal_mapsToTheBenchmarkCode() throws IOException {
    Inventory back = load(template(Documents.read(COAL).orElseThrow())).orElseThrow();

    assertThat(back.production()).allSatisfy(r -> assertThat(r.product()).isEqualTo("raw-coal"));
  }

  @Test
  void unknownChineseProduct_isAnErrorNamingTheCell() throws IOException {
    byte[] xlsx = template(Documents.read(COAL).orElseThrow());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      wb.getSheet("产量").getRow(3).getCell(4).setCellValue("块煤王");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xlsx = out.toByteArray();
    }

    Result<Inventory> r = load(xlsx);

    // row index 3 is the sheet's 4th row; product is the 5th column (E)
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("UNKNOWN_ALIAS");
              assertThat(i.value()).isEqualTo("块煤王");
              assertThat(i.location()).contains("产量!E4");
              assertThat(i.pointer()).isEqualTo("/production/2/product");
            });
  }

  @Test
  void englishSheetsAndHeaders_stillRead() throws IOException {
    Inventory original = Documents.read(COAL).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeXlsx(original, out);

    assertThat(load(out.toByteArray()).orElseThrow()).isEqualTo(original);
  }

  @Test
  void aliasFile_everyUnitAndFuelNameAgreesWithCore() {
    ZhAliases.all(ZhAliases.Kind.UNIT)
        .forEach(
            (name, code) ->
                assertThat(Units.find(name).map(u -> u.symbol())).as(name).contains(code));
    ZhAliases.all(ZhAliases.Kind.FUEL)
        .forEach(
            (name, code) ->
                assertThat(
                        org.minecarbon.core.factor.Vocabulary.fuels().find(code).map(e -> e.code()))
                    .as(name)
                    .contains(code));
  }

  @Test
  void loadRows_englishExport_readsEveryRow() throws IOException {
    Inventory original = Documents.read(COAL).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeXlsx(original, out);

    Result<Inventory> r =
        Documents.loadRows(
            new ByteArrayInputStream(out.toByteArray()),
            "coal.xlsx",
            FactorLibrary.builtIn(),
            tree -> {});

    assertThat(r.errors()).isEmpty();
    assertThat(r.orElseThrow().activities()).hasSameSizeAs(original.activities());
  }

  private static List<String> headers(Sheet sheet) {
    return texts(sheet.getRow(0));
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.toString());
    }
    return out;
  }

  private static List<String> formulas(Sheet sheet) {
    return sheet.getDataValidations().stream()
        .map(DataValidation::getValidationConstraint)
        .map(c -> c.getFormula1())
        .toList();
  }
}
