package org.minecarbon.io.workbook.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.core.inventory.Category;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.GridDefault;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import org.minecarbon.io.table.EnterpriseKeys;
import org.minecarbon.io.table.Layout;
import org.minecarbon.io.table.ZhAliases;

/**
 * Turns the empty workbook into an input template: a comment on every header cell (Chinese name,
 * English description, allowed values), drop-down lists for every code column (warning style, so
 * Chinese names and aliases can still be typed), a hidden sheet holding the lists and an
 * instructions sheet 说明.
 */
public final class TemplateDecorator {
  static final String LISTS = "_lists";
  static final int ROWS = 5000;

  private final XSSFWorkbook wb;
  private final Map<String, List<String>> lists = new LinkedHashMap<>();

  public TemplateDecorator(XSSFWorkbook wb) {
    this.wb = wb;
    lists.put("source", zh(Source.values()));
    lists.put("sink", zh(SinkType.values()));
    lists.put("stage", zh(Stage.values()));
    List<String> units = new ArrayList<>(ZhAliases.names(ZhAliases.Kind.UNIT));
    Units.standard().all().stream()
        .map(Unit::symbol)
        .filter(u -> !units.contains(u))
        .forEach(units::add);
    lists.put("unit", units);
    lists.put("fuel", Vocabulary.fuels().terms().stream().map(CodeEntry::zh).toList());
    lists.put("product", ZhAliases.names(ZhAliases.Kind.PRODUCT));
    lists.put("gas", GwpTable.standard().gases().stream().sorted().toList());
    lists.put("grid", Vocabulary.grids().terms().stream().map(CodeEntry::code).toList());
    lists.put("category", zh(Category.values()));
    lists.put("instrument", zh(Instrument.values()));
    lists.put("mineType", zh(MineType.values()));
    lists.put("gasGrade", zh(GasGrade.values()));
    lists.put("industry", zh(Industry.values()));
    lists.put("gwp", java.util.Arrays.stream(GwpSet.values()).map(GwpSet::name).toList());
    lists.put("gridDefault", zh(GridDefault.values()));
    lists.put("fossil", List.of("true", "false"));
    lists.put("includeCo2", List.of("true", "false"));
    lists.put("areaUnit", lists.get("unit"));
  }

  private static List<String> zh(Coded[] values) {
    return java.util.Arrays.stream(values).map(Coded::zh).toList();
  }

  public void decorate() {
    listSheet();
    Name sites = wb.createName();
    sites.setNameName("list_site");
    sites.setRefersToFormula("'" + Layout.SITES.zh() + "'!$A$2:$A$" + ROWS);
    for (Layout l : Layout.values()) {
      Sheet sheet = wb.getSheet(l.zh());
      if (l == Layout.ENTERPRISE) {
        enterprise(sheet);
      } else {
        columns(sheet, l);
      }
    }
    Instructions.write(wb.createSheet(Instructions.SHEET));
    wb.setSheetOrder(Instructions.SHEET, 0);
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
  }

  private void listSheet() {
    Sheet sheet = wb.createSheet(LISTS);
    int col = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      List<String> values = e.getValue();
      for (int r = 0; r < values.size(); r++) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        row.createCell(col).setCellValue(values.get(r));
      }
      Name name = wb.createName();
      name.setNameName("list_" + e.getKey());
      String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
      name.setRefersToFormula(
          "'" + LISTS + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
      col++;
    }
    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
  }

  private void columns(Sheet sheet, Layout l) {
    Row header = sheet.getRow(0);
    for (int c = 0; c < l.columns().size(); c++) {
      Layout.Column col = l.columns().get(c);
      String allowed = String.join(", ", lists.getOrDefault(col.name(), List.of()));
      comment(
          sheet,
          header.getCell(c),
          col.zh() + " / " + col.name(),
          ColumnDocs.en(col.name()),
          allowed);
      if (lists.containsKey(col.name())) {
        validate(sheet, col.name(), new CellRangeAddressList(1, ROWS, c, c));
      } else if (col.name().equals("site") && l != Layout.SITES) {
        validate(sheet, "site", new CellRangeAddressList(1, ROWS, c, c));
      }
    }
  }

  private void enterprise(Sheet sheet) {
    int r = 1;
    for (EnterpriseKeys k : EnterpriseKeys.values()) {
      Row row = sheet.getRow(r);
      String allowed = String.join(", ", lists.getOrDefault(k.key(), List.of()));
      comment(sheet, row.getCell(0), k.zh() + " / " + k.key(), ColumnDocs.en(k.key()), allowed);
      if (lists.containsKey(k.key())) {
        validate(sheet, k.key(), new CellRangeAddressList(r, r, 1, 1));
      }
      r++;
    }
  }

  private void comment(
      Sheet sheet, org.apache.poi.ss.usermodel.Cell cell, String title, String en, String allowed) {
    Drawing<?> drawing =
        sheet.getDrawingPatriarch() != null
            ? sheet.getDrawingPatriarch()
            : sheet.createDrawingPatriarch();
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex());
    anchor.setCol2(cell.getColumnIndex() + 4);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 6);
    Comment comment = drawing.createCellComment(anchor);
    List<String> lines = new ArrayList<>(List.of(title, en));
    if (!allowed.isEmpty()) {
      lines.add("可选值 Allowed: " + allowed);
    }
    comment.setString(wb.getCreationHelper().createRichTextString(String.join("\n", lines)));
    comment.setAuthor("MineCarbon");
    cell.setCellComment(comment);
  }

  private void validate(Sheet sheet, String list, CellRangeAddressList range) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation v =
        helper.createValidation(helper.createFormulaListConstraint("list_" + list), range);
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.setShowErrorBox(true);
    v.createErrorBox("MineCarbon", "不在列表中 / not in the list of " + list);
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }
}
