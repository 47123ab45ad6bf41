package org.minecarbon.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/**
 * Improvement directions derived from the figures (seed 002 §3.2): each emission column that
 * carries at least {@link #MIN_SHARE}% of the year's emissions (and always the largest) is named
 * with its tonnes and share and mapped to the measures that address it; then the sink side.
 */
public final class Directions {
  /** Columns below this share (%) of emissions are not discussed, except the largest. */
  public static final double MIN_SHARE = 5.0;

  private Directions() {}

  public static List<String> of(BalanceYear year, Lang lang) {
    Totals t = year.totals();
    List<String> out = new ArrayList<>();
    List<Column> dominant = Analysis.dominant(t);
    for (int i = 0; i < dominant.size(); i++) {
      Column c = dominant.get(i);
      double share = Analysis.share(t, c);
      if (i == 0 || share >= MIN_SHARE) {
        out.add(column(year.year(), c, t.get(c), share, lang));
      }
    }
    out.add(sinks(year.year(), t, lang));
    return out;
  }

  private static String column(int year, Column c, double tonnes, double share, Lang lang) {
    String name = lang.label(c);
    String figure =
        lang.pick(
            "%s占 %d 年碳排放总量的 %s（%s tCO2e）。"
                .formatted(name, year, Formats.pct(share), Formats.num(tonnes)),
            "%s is %s of the %d emissions (%s tCO2e). "
                .formatted(name, Formats.pct(share), year, Formats.num(tonnes)));
    return figure + measures(c, lang);
  }

  /** The measures of seed 002 §3.2 (and the guidelines) that address a column. */
  static String measures(Column c, Lang lang) {
    return switch (c) {
      case FUGITIVE_CH4 ->
          lang.pick(
              "措施：提高瓦斯抽采率和抽采瓦斯利用率（发电、民用），乏风瓦斯氧化利用，低浓度瓦斯火炬燃烧。",
              "Measures: raise gas drainage and the utilisation of drained gas (power, heat), "
                  + "oxidise ventilation-air methane (VAM), flare low-concentration gas.");
      case FUGITIVE_CO2 ->
          lang.pick(
              "措施：回收矿井 CO2 并加以利用（碳利用），评估封存条件。",
              "Measures: recover mine CO2 for utilisation, assess storage options.");
      case FUGITIVE_OTHER ->
          lang.pick(
              "措施：开展泄漏检测与修复，回收 SF6 等含氟气体，选用替代气体设备。",
              "Measures: leak detection and repair, recover SF6 and other fluorinated gases, "
                  + "choose equipment with alternative gases.");
      case FUEL ->
          lang.pick(
              "措施：设备电动化（电铲、电动矿卡、带式输送替代汽车运输），采用清洁能源、可再生能源和新能源，节能改造。",
              "Measures: electrify equipment (electric shovels and trucks, conveyors instead of "
                  + "haulage), switch to clean, renewable and new energy, energy-saving retrofits.");
      case ELECTRICITY ->
          lang.pick(
              "措施：购买绿色电力，建设分布式光伏/风电，提高电机、水泵、通风机和压风机能效。",
              "Measures: purchase green power, build on-site solar/wind, raise the efficiency of "
                  + "motors, pumps, fans and compressors.");
      case HEAT ->
          lang.pick(
              "措施：回收余热（压风机、乏风、矿井水热泵），改善建筑保温，减少外购热力。",
              "Measures: recover waste heat (compressors, exhaust air, mine-water heat pumps), "
                  + "insulate buildings, buy less heat.");
      case CARBONATE ->
          lang.pick(
              "措施：工艺改进（降低碳酸盐原料用量或替代原料），窑炉烟气碳捕集。",
              "Measures: change the process (less carbonate feed or substitutes), capture CO2 "
                  + "from kiln flue gas.");
      default -> "";
    };
  }

  private static String sinks(int year, Totals t, Lang lang) {
    double emissions = t.emissionsTotal();
    double removals = t.removals();
    double cover = emissions == 0 ? 0 : 100 * removals / emissions;
    String text =
        lang.pick(
            "%d 年碳汇（碳化、利用、封存、植物固碳）%s tCO2，抵消碳排放的 %s；购买配额 %s tCO2e，净排放 %s tCO2e。"
                .formatted(
                    year,
                    Formats.num(removals),
                    Formats.pct(cover),
                    Formats.num(t.market()),
                    Formats.num(t.net())),
            ("In %d removals (carbonation, utilisation, storage, vegetation) were %s tCO2, %s"
                    + " of emissions; purchased allowances %s tCO2e; net %s tCO2e. ")
                .formatted(
                    year,
                    Formats.num(removals),
                    Formats.pct(cover),
                    Formats.num(t.market()),
                    Formats.num(t.net())));
    return text
        + lang.pick(
            "措施：开展矿区生态修复和植树造林、植被恢复，提升碳汇量；推广 CO2 利用与 CCUS；购买配额属市场手段，不是实际清除。",
            "Measures: ecological restoration, afforestation and revegetation of mined land to "
                + "raise sinks; CO2 utilisation and CCUS; allowances are a market instrument, not "
                + "a physical removal.");
  }
}
