package org.minecarbon.io.table.internal;

import static org.minecarbon.io.table.Layout.Kind.BOOLEAN;
import static org.minecarbon.io.table.Layout.Kind.FLOWS;
import static org.minecarbon.io.table.Layout.Kind.MAP;
import static org.minecarbon.io.table.Layout.Kind.NUMBER;
import static org.minecarbon.io.table.Layout.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.io.table.EnterpriseKeys;
import org.minecarbon.io.table.Layout.Column;
import org.minecarbon.io.table.Layout.Kind;

/** Column lists of the sheets, in the order written. */
public final class Columns {
  private Columns() {}

  /** The key/value enterprise sheet: its two columns; the keys are in {@link EnterpriseKeys}. */
  public static final List<Column> ENTERPRISE =
      List.of(c("key", "字段", TEXT, "项目", "键"), c("value", "值", TEXT, "内容", "数值"));

  public static final List<Column> SITES =
      List.of(
          c("id", "编号", TEXT, "站点编号"),
          c("name", "名称", TEXT, "矿山名称"),
          c("mineType", "开采方式", TEXT, "矿山类型"),
          c("commodity", "矿种", TEXT),
          c("province", "省份", TEXT, "省"),
          c("gasGrade", "瓦斯等级", TEXT));

  private static final List<Column> HEAD =
      List.of(
          c("id", "编号", TEXT),
          c("period", "期间", TEXT, "期间(年或年-月)"),
          c("site", "站点", TEXT, "矿山"),
          c("stage", "环节", TEXT, "生产环节"));

  private static final List<Column> TAIL =
      List.of(
          c("uncertainty", "不确定性", TEXT), c("note", "备注", TEXT), c("evidence", "证据", TEXT, "凭证"));

  public static final List<Column> ACTIVITIES =
      rows(
          c("source", "排放源", TEXT, "排放类型"),
          c("fuel", "燃料", TEXT, "燃料品种"),
          c("gas", "气体", TEXT),
          c("category", "类别", TEXT),
          c("quantity", "数量", NUMBER, "活动数据"),
          c("exported", "外供量", NUMBER, "输出量"),
          c("unit", "单位", TEXT),
          c("ncv", "低位发热量", NUMBER),
          c("carbonContent", "单位热值含碳量", NUMBER),
          c("oxidation", "氧化率", NUMBER, "碳氧化率"),
          c("ch4", "甲烷浓度", NUMBER, "CH4浓度", "瓦斯浓度"),
          c("carbonates", "碳酸盐", MAP, "碳酸盐含量"),
          c("decomposition", "分解率", NUMBER),
          c("factors", "排放因子", MAP),
          c("gridFactor", "电网排放因子", NUMBER),
          c("grid", "电网", TEXT, "区域电网"),
          c("gridYear", "电网因子年份", NUMBER),
          c("steam.mass", "蒸汽质量", NUMBER),
          c("steam.enthalpy", "蒸汽焓值", NUMBER),
          c("hotWater.mass", "热水质量", NUMBER),
          c("hotWater.temperature", "热水温度", NUMBER),
          c("factor", "因子", NUMBER, "系数"),
          c("ventilation", "风排量", NUMBER, "风排"),
          c("drainage", "抽采量", NUMBER, "抽采"),
          c("flared", "火炬销毁量", NUMBER, "火炬"),
          c("utilized", "利用量", NUMBER, "利用"),
          c("recovered", "回收量", NUMBER, "回收"),
          c("density", "密度", NUMBER),
          c("composition", "组分", MAP, "气体组分"),
          c("includeCo2", "计入气中CO2", BOOLEAN),
          c("fossil", "化石来源", BOOLEAN),
          c("inputs", "输入", FLOWS, "输入物料"),
          c("outputs", "输出", FLOWS, "输出物料"));

  public static final List<Column> SINKS =
      rows(
          c("sink", "碳汇", TEXT, "碳汇类型"),
          c("quantity", "数量", NUMBER),
          c("unit", "单位", TEXT),
          c("carbonates", "碳酸盐", MAP),
          c("factors", "排放因子", MAP),
          c("captured", "捕集量", NUMBER),
          c("losses", "损失量", NUMBER, "损失"),
          c("area", "面积", NUMBER),
          c("areaUnit", "面积单位", TEXT),
          c("rate", "固碳速率", NUMBER, "速率"),
          c("landType", "土地类型", TEXT),
          c("instrument", "交易品种", TEXT, "工具"));

  public static final List<Column> PRODUCTION =
      rows(c("product", "产品", TEXT), c("quantity", "数量", NUMBER, "产量"), c("unit", "单位", TEXT));

  private static List<Column> rows(Column... middle) {
    List<Column> all = new ArrayList<>(HEAD);
    all.addAll(List.of(middle));
    all.addAll(TAIL);
    return List.copyOf(all);
  }

  private static Column c(String name, String zh, Kind kind, String... aliases) {
    return new Column(name, zh, kind, List.of(aliases));
  }
}
