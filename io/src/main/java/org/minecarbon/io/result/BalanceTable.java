package org.minecarbon.io.result;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/**
 * The balance as seed paper 002 Table 1 lays it out, one line per year: year, emissions subtotal
 * and the seven emission columns, sinks subtotal and the five sink columns, net, neutral.
 */
public final class BalanceTable {
  private BalanceTable() {}

  public static List<String> header(Lang lang) {
    List<String> h = new ArrayList<>();
    h.add(lang.pick("年份", "Year"));
    h.add(lang.pick("碳排放小计", "Emissions total"));
    Column.EMISSIONS.forEach(c -> h.add(lang.label(c)));
    h.add(lang.pick("碳汇小计", "Sinks total"));
    Column.SINKS.forEach(c -> h.add(lang.label(c)));
    h.add(lang.pick("净排放", "Net"));
    h.add(lang.pick("碳中和", "Neutral"));
    return h;
  }

  /** Cells of a year: the year as Double, figures as Double (tCO2e), neutral as text. */
  public static List<@Nullable Object> row(BalanceYear y, Lang lang) {
    Totals t = y.totals();
    List<@Nullable Object> r = new ArrayList<>();
    r.add((double) y.year());
    r.add(t.emissionsTotal());
    Column.EMISSIONS.forEach(c -> r.add(t.get(c)));
    r.add(t.sinksTotal());
    Column.SINKS.forEach(c -> r.add(t.get(c)));
    r.add(t.net());
    r.add(t.neutral() ? lang.pick("是", "true") : lang.pick("否", "false"));
    return r;
  }

  public static List<List<@Nullable Object>> rows(Balance balance, Lang lang) {
    return balance.years().stream().map(y -> row(y, lang)).toList();
  }
}
