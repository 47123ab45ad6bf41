package org.minecarbon.io.zone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.io.zone.internal.ProvinceEnergyRows;

/**
 * The import templates of provinces' energy data: Chinese headers (as {@link ProvinceEnergyCsv} and
 * {@link ProvinceEnergyXlsx} read them) and two example rows of a made-up province, marked as
 * examples in their source cell (no official statistics are bundled). The XLSX has a second sheet
 * 说明 explaining every column.
 */
public final class ProvinceEnergyTemplate {
  /** The example rows: province, year, production, consumption, share %, source. */
  static final List<List<Object>> EXAMPLES =
      List.of(
          List.of("示例省", 2022, 80000, 22000, 10.5, "示例数据，导入前请替换为统计年鉴数据"),
          List.of("示例省", 2023, 82000, 23000, 12, "示例数据，导入前请替换为统计年鉴数据"));

  private static final List<String> HELP =
      List.of(
          "省份：与清单表头“企业省份”一致的名称，例如 山西",
          "年份：整数年份，1900—2100",
          "能源生产量(万吨标准煤)：一次能源生产总量，≥ 0",
          "能源消费量(万吨标准煤)：能源消费总量，≥ 0",
          "新能源消费占比(%)：百分数，0—100，例如 17.5 表示 17.5%（不要填写 0.175）",
          "来源：数据出处，例如 《山西统计年鉴2024》表 7-1",
          "同一省份同一年份只能出现一次；导入会替换已有的同省同年数据（导入前会先预览并提示）。");

  private ProvinceEnergyTemplate() {}

  /** The Chinese header names in file order. */
  public static List<String> header() {
    return ProvinceEnergyRows.ORDER.stream()
        .map(k -> ProvinceEnergyRows.COLUMNS.get(k).get(1))
        .toList();
  }

  /** The CSV template (UTF-8 with BOM, so that Excel opens the Chinese header correctly). */
  public static byte[] csv() {
    StringBuilder b = new StringBuilder("\uFEFF").append(String.join(",", header())).append('\n');
    for (List<Object> row : EXAMPLES) {
      b.append(String.join(",", row.stream().map(String::valueOf).toList())).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The XLSX template: sheet {@value ProvinceEnergyXlsx#SHEET} and sheet 说明. */
  public static byte[] xlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet data = wb.createSheet(ProvinceEnergyXlsx.SHEET);
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = data.createRow(0);
      List<String> header = header();
      for (int c = 0; c < header.size(); c++) {
        head.createCell(c).setCellValue(header.get(c));
        head.getCell(c).setCellStyle(bold);
        data.setColumnWidth(c, c == header.size() - 1 ? 40 * 256 : 24 * 256);
      }
      data.createFreezePane(0, 1);
      for (int r = 0; r < EXAMPLES.size(); r++) {
        Row row = data.createRow(r + 1);
        List<Object> values = EXAMPLES.get(r);
        for (int c = 0; c < values.size(); c++) {
          switch (values.get(c)) {
            case Number n -> row.createCell(c).setCellValue(n.doubleValue());
            case Object o -> row.createCell(c).setCellValue(String.valueOf(o));
          }
        }
      }
      Sheet help = wb.createSheet("说明");
      help.setColumnWidth(0, 90 * 256);
      for (int r = 0; r < HELP.size(); r++) {
        help.createRow(r).createCell(0).setCellValue(HELP.get(r));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
