package org.minecarbon.io.result;

import java.util.Map;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.Nodes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Balance result v1 as a JSON tree, field by field as in the contract (§2), unrounded; then the
 * extensions: {@code production} per year, {@code months} when the year has monthly rows, and a
 * top-level {@code warnings} array when there are any.
 */
public final class BalanceJson {
  private BalanceJson() {}

  public static ObjectNode write(Balance balance) {
    ObjectNode root = Nodes.object();
    root.put("format", Balance.FORMAT);
    root.put("unit", Balance.UNIT);
    root.put("gwp", balance.gwp().name());
    root.put("factorSet", balance.factorSet());
    ArrayNode years = root.putArray("years");
    for (BalanceYear y : balance.years()) {
      years.add(year(y));
    }
    if (!balance.warnings().isEmpty()) {
      ArrayNode warnings = root.putArray("warnings");
      balance.warnings().forEach(w -> warnings.add(issue(w)));
    }
    return root;
  }

  private static ObjectNode year(BalanceYear y) {
    ObjectNode o = Nodes.object();
    o.put("year", y.year());
    Totals t = y.totals();
    o.set("emissions", emissions(t));
    o.set("sinks", sinks(t));
    o.put("net", t.net());
    o.put("neutral", t.neutral());
    ObjectNode scope = o.putObject("byScope");
    scope.put("scope1", t.scope1());
    scope.put("scope2", t.scope2());
    map(o.putObject("byGas"), y.byGas());
    map(o.putObject("bySite"), y.bySite());
    map(o.putObject("byStage"), y.byStage());
    map(o.putObject("intensity"), y.intensity());
    ObjectNode energy = o.putObject("energy");
    energy.put("tce", y.energyTce());
    map(energy.putObject("intensity"), y.energyIntensity());
    map(o.putObject("production"), y.production());
    if (!y.months().isEmpty()) {
      ArrayNode months = o.putArray("months");
      y.months().forEach((m, mt) -> months.add(month(y.year(), m, mt)));
    }
    return o;
  }

  private static ObjectNode month(int year, int month, Totals t) {
    ObjectNode o = Nodes.object();
    o.put("period", String.format("%04d-%02d", year, month));
    o.set("emissions", emissions(t));
    o.set("sinks", sinks(t));
    o.put("net", t.net());
    return o;
  }

  static ObjectNode emissions(Totals t) {
    ObjectNode o = Nodes.object();
    for (Column c : Column.EMISSIONS) {
      o.put(c.code(), t.get(c));
    }
    o.put("total", t.emissionsTotal());
    return o;
  }

  static ObjectNode sinks(Totals t) {
    ObjectNode o = Nodes.object();
    for (Column c : Column.SINKS) {
      o.put(c.code(), t.get(c));
    }
    o.put("removals", t.removals());
    o.put("market", t.market());
    o.put("total", t.sinksTotal());
    return o;
  }

  private static void map(ObjectNode o, Map<String, Double> values) {
    values.forEach(o::put);
  }

  /** An issue as an object; empty texts are left out. */
  public static ObjectNode issue(Issue i) {
    ObjectNode o = Nodes.object();
    o.put("code", i.code());
    o.put("severity", i.severity().code());
    o.put("message", i.message());
    putIfPresent(o, "pointer", i.pointer());
    putIfPresent(o, "value", i.value());
    putIfPresent(o, "expected", i.expected());
    putIfPresent(o, "location", i.location());
    return o;
  }

  private static void putIfPresent(ObjectNode o, String name, String text) {
    if (!text.isEmpty()) {
      o.put(name, text);
    }
  }
}
