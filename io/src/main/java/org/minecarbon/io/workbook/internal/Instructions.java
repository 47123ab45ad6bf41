package org.minecarbon.io.workbook.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** The bilingual instructions sheet 说明 of the input template. */
final class Instructions {
  static final String SHEET = "说明";

  private static final List<String> LINES =
      List.of(
          "MineCarbon 碳平衡核算清单模板 / MineCarbon carbon balance inventory template",
          "",
          "1. 企业 (enterprise)：填写企业名称、统一社会信用代码、行业、省份、GWP 与因子集；format 一行请勿修改。",
          "   Sheet enterprise: name, credit code, industry, province, GWP set, factor set; keep the format row.",
          "2. 矿山 (sites)：每个矿井/厂区一行，id 为唯一编号。 / One row per mine or plant; id is its key.",
          "3. 排放活动 (activities)：每条排放数据一行，source 决定使用哪些列。",
          "   One row per emission datum; the source column decides which columns apply.",
          "   fuel: fuel, quantity, unit [ncv, carbonContent, oxidation]；carbonate: quantity, unit, carbonates [decomposition, factors]",
          "   electricity: quantity [exported], unit, grid 或 gridFactor [gridYear]；heat: quantity+unit (GJ) 或 steam.* 或 hotWater.*",
          "   mine-methane: ventilation, drainage, flared, utilized, unit (默认 10^4Nm3)；mine-co2: ventilation, drainage [recovered, density]",
          "   surface-methane / post-mining-methane: quantity (t 原煤) [factor kg/t]；flare: quantity, unit, composition [oxidation]",
          "   fugitive: gas, quantity, unit [fossil]；measured: gas, quantity, unit, category；mass-balance: category, inputs, outputs",
          "4. 碳汇 (sinks)：carbonation, utilization, storage (captured, losses), vegetation (quantity 或 area × rate), allowance (instrument)。",
          "5. 产量 (production)：product, quantity, unit，用于计算强度 / used for intensity.",
          "",
          "期间 period 填 YYYY 或 YYYY-MM（请以文本输入）。Period is YYYY or YYYY-MM (enter as text).",
          "碳酸盐等组成写作 CaCO3=0.8; MgCO3=0.05。Maps are written as CaCO3=0.8; MgCO3=0.05.",
          "质量平衡输入输出写作 100 t @ 0.8; 50 t @ 0.02（数量 单位 @ 含碳率）。Flows: quantity unit @ carbon fraction.",
          "不确定性 uncertainty（可选）：normal:5, lognormal:50:100, triangular:-20:0:30, uniform:-10:10（%）。",
          "表头可用中文名或英文字段名；鼠标悬停表头可查看说明与可选值。",
          "Headers may be the Chinese names or the field names; hover a header for its description and allowed values.",
          "空行将被忽略；所有问题会一次性列出（工作表、行、列）。Blank rows are skipped; every problem is listed with sheet, row and column.");

  private Instructions() {}

  static void write(Sheet sheet) {
    for (int i = 0; i < LINES.size(); i++) {
      sheet.createRow(i).createCell(0).setCellValue(LINES.get(i));
    }
    sheet.setColumnWidth(0, 140 * 256);
  }
}
