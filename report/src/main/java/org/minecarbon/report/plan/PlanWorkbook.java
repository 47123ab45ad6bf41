package org.minecarbon.report.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A plan result as an XLSX workbook: sheets 路径 (year by year), 措施 (adopted measures), MACC, 阶段
 * (seed 004's three phases) and 违反 (violations). Row 1 holds the Chinese headers, row 2 the English
 * ones; figures are numbers with number formats (tCO2e and the plan's currency), texts a
 * spreadsheet could take for a formula are written quote-prefixed.
 */
public final class PlanWorkbook {
  /** Sheet names, in order. */
  public static final List<String> SHEETS = List.of("路径", "措施", "MACC", "阶段", "违反");

  private static final Map<String, String[]> PHASES =
      Map.of(
          "peak", new String[] {"达峰攻坚期", "Peak"},
          "optimize", new String[] {"有序优化期", "Optimize"},
          "neutralize", new String[] {"中和达成期", "Neutralize"});

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle number;
  private final CellStyle integer;
  private final CellStyle header;
  private final CellStyle quoted;
  private final Map<String, JsonNode> measures = new HashMap<>();

  private PlanWorkbook(JsonNode document) {
    number = wb.createCellStyle();
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    integer = wb.createCellStyle();
    integer.setDataFormat(wb.createDataFormat().getFormat("0"));
    header = wb.createCellStyle();
    var bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    quoted = wb.createCellStyle();
    quoted.setQuotePrefixed(true);
    document.path("measures").forEach(m -> measures.put(m.path("id").asString(""), m));
  }

  /**
   * The workbook of one result.
   *
   * @param result a plan result v1 ({@code minecarbon/plan-result@1})
   * @param baseline per plan year {@code {"year", "emissions"}} without measures, or null
   * @param document the plan document the result was computed from (names, capex)
   */
  public static byte[] write(JsonNode result, @Nullable JsonNode baseline, JsonNode document) {
    PlanWorkbook w = new PlanWorkbook(document);
    String cur = result.path("currency").asString("CNY");
    w.pathway(result, baseline, cur);
    w.adopted(result, document.path("discountRate").asDouble(0), cur);
    w.macc(result, cur);
    w.phases(result);
    w.violations(result);
    try (XSSFWorkbook wb = w.wb) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pathway(JsonNode result, @Nullable JsonNode baseline, String cur) {
    Sheet s =
        sheet(
            0,
            new String[] {
              "年份",
              "基准排放 (tCO2e)",
              "措施后排放 (tCO2e)",
              "碳汇 (tCO2e)",
              "购买配额 (tCO2e)",
              "净排放 (tCO2e)",
              "措施成本 (" + cur + ")",
              "能源成本变化 (" + cur + ")",
              "配额成本 (" + cur + ")",
              "总成本 (" + cur + ")",
              "折现成本 (" + cur + ")"
            },
            new String[] {
              "Year",
              "Baseline emissions",
              "Emissions after measures",
              "Removals",
              "Allowances bought",
              "Net",
              "Measures cost",
              "Energy cost change",
              "Allowance cost",
              "Total cost",
              "Discounted cost"
            });
    Map<Integer, Double> base = new HashMap<>();
    if (baseline != null) {
      baseline.forEach(b -> base.put(b.path("year").asInt(), b.path("emissions").asDouble()));
    }
    int r = 2;
    for (JsonNode y : result.path("years")) {
      Row row = s.createRow(r++);
      int year = y.path("year").asInt();
      JsonNode c = y.path("cost");
      integer(row, 0, year);
      Double b = base.get(year);
      if (b != null) {
        num(row, 1, b);
      }
      num(row, 2, y.path("emissions").path("total").asDouble());
      num(row, 3, y.path("removals").asDouble());
      num(row, 4, y.path("allowances").asDouble());
      num(row, 5, y.path("net").asDouble());
      num(row, 6, c.path("measures").asDouble());
      num(row, 7, c.path("energy").asDouble());
      num(row, 8, c.path("allowances").asDouble());
      num(row, 9, c.path("total").asDouble());
      num(row, 10, c.path("discounted").asDouble());
    }
  }

  private void adopted(JsonNode result, double rate, String cur) {
    Sheet s =
        sheet(
            1,
            new String[] {
              "措施",
              "编号",
              "路径",
              "采用年份",
              "投资 (" + cur + ")",
              "年成本 (" + cur + "/年)",
              "减排量 (tCO2e/年)",
              "单位减排成本 (" + cur + "/tCO2e)"
            },
            new String[] {
              "Measure",
              "Id",
              "Path",
              "Year adopted",
              "Capex",
              "Yearly cost",
              "Abatement (tCO2e/yr)",
              "Cost per tonne"
            });
    Map<String, JsonNode> macc = new HashMap<>();
    result.path("macc").forEach(m -> macc.put(m.path("measure").asString(""), m));
    int r = 2;
    for (JsonNode a : result.path("adopted")) {
      String id = a.path("measure").asString("");
      JsonNode m = measures.getOrDefault(id, a);
      Row row = s.createRow(r++);
      text(row, 0, m.path("name").asString(id));
      text(row, 1, id);
      text(row, 2, MeasurePaths.of(m));
      integer(row, 3, a.path("year").asInt());
      double capex = m.path("capex").asDouble(0);
      num(row, 4, capex);
      num(row, 5, capex * crf(rate, m.path("lifetime").asInt(1)) + m.path("opex").asDouble(0));
      JsonNode mc = macc.get(id);
      if (mc != null) {
        num(row, 6, mc.path("abatement").asDouble());
        if (mc.has("costPerTonne")) {
          num(row, 7, mc.path("costPerTonne").asDouble());
        }
      }
    }
  }

  /** Capital recovery factor r / (1 − (1 + r)^−n), 1/n when r = 0 (contract plan-v1 §1.3). */
  static double crf(double r, int lifetime) {
    int n = Math.max(1, lifetime);
    return r == 0 ? 1.0 / n : r / (1 - Math.pow(1 + r, -n));
  }

  private void macc(JsonNode result, String cur) {
    Sheet s =
        sheet(
            2,
            new String[] {
              "措施",
              "编号",
              "参考年",
              "减排量 (tCO2e/年)",
              "年成本 (" + cur + "/年)",
              "单位减排成本 (" + cur + "/tCO2e)"
            },
            new String[] {"Measure", "Id", "Year", "Abatement (tCO2e/yr)", "Cost", "costPerTonne"});
    int r = 2;
    for (JsonNode m : result.path("macc")) {
      String id = m.path("measure").asString("");
      Row row = s.createRow(r++);
      text(row, 0, measures.containsKey(id) ? measures.get(id).path("name").asString(id) : id);
      text(row, 1, id);
      integer(row, 2, m.path("year").asInt());
      num(row, 3, m.path("abatement").asDouble());
      num(row, 4, m.path("cost").asDouble());
      if (m.has("costPerTonne")) {
        num(row, 5, m.path("costPerTonne").asDouble());
      }
    }
  }

  private void phases(JsonNode result) {
    Sheet s =
        sheet(
            3,
            new String[] {"阶段", "代码", "起始年", "结束年"},
            new String[] {"Phase", "Code", "From", "To"});
    int r = 2;
    for (JsonNode p : result.path("phases")) {
      String code = p.path("name").asString("");
      String[] names = PHASES.getOrDefault(code, new String[] {code, code});
      Row row = s.createRow(r++);
      text(row, 0, names[0] + " / " + names[1]);
      text(row, 1, code);
      integer(row, 2, p.path("from").asInt());
      integer(row, 3, p.path("to").asInt());
    }
  }

  private void violations(JsonNode result) {
    Sheet s =
        sheet(
            4,
            new String[] {"目标", "类型", "年份", "超出量 (tCO2e)"},
            new String[] {"Target", "Kind", "Year", "Shortfall (tCO2e)"});
    int r = 2;
    for (JsonNode v : result.path("violations")) {
      Row row = s.createRow(r++);
      text(row, 0, v.path("target").asString(""));
      text(row, 1, v.path("kind").asString(""));
      integer(row, 2, v.path("year").asInt());
      if (v.has("shortfall")) {
        num(row, 3, v.path("shortfall").asDouble());
      }
    }
    Row status = s.createRow(r + 1);
    text(status, 0, "状态 / Status");
    text(status, 1, result.path("status").asString(""));
    if (result.has("message")) {
      text(status, 2, result.path("message").asString(""));
    }
  }

  private Sheet sheet(int index, String[] zh, String[] en) {
    Sheet s = wb.createSheet(SHEETS.get(index));
    Row r0 = s.createRow(0);
    Row r1 = s.createRow(1);
    for (int i = 0; i < zh.length; i++) {
      Cell a = r0.createCell(i);
      a.setCellValue(zh[i]);
      a.setCellStyle(header);
      Cell b = r1.createCell(i);
      b.setCellValue(en[i]);
      b.setCellStyle(header);
      s.setColumnWidth(i, 18 * 256);
    }
    s.createFreezePane(0, 2);
    return s;
  }

  private void num(Row row, int col, double v) {
    Cell c = row.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(number);
  }

  private void integer(Row row, int col, int v) {
    Cell c = row.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(integer);
  }

  private void text(Row row, int col, String v) {
    Cell c = row.createCell(col);
    c.setCellValue(v);
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      c.setCellStyle(quoted);
    }
  }
}
