package org.minecarbon.app.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.document.ImportPreview.ColumnChange;
import org.minecarbon.app.document.ImportPreview.YearChange;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/** The balance before and after an import, for the years and columns that change. */
final class BalanceChange {
  private static final Totals NONE = new Totals(java.util.Map.of());

  private BalanceChange() {}

  /**
   * The balance years of an inventory its caller has just validated ({@code validation}: what the
   * validator returned, no error), so that the balance does not validate it a second time; none for
   * an inventory without activity or sink rows.
   */
  static Map<Integer, BalanceYear> years(
      Inventory inventory, List<Issue> validation, FactorLibrary library) {
    return inventory.activities().isEmpty() && inventory.sinks().isEmpty()
        ? Map.of()
        : years(new BalanceCalculator(library).calculate(inventory, validation));
  }

  /** The change between balance years computed before and after. */
  static List<YearChange> of(Map<Integer, BalanceYear> b, Map<Integer, BalanceYear> a) {
    TreeSet<Integer> years = new TreeSet<>(b.keySet());
    years.addAll(a.keySet());
    List<YearChange> out = new ArrayList<>();
    for (int year : years) {
      Totals tb = b.containsKey(year) ? b.get(year).totals() : NONE;
      Totals ta = a.containsKey(year) ? a.get(year).totals() : NONE;
      List<ColumnChange> columns = new ArrayList<>();
      for (Column c : Column.values()) {
        if (Double.compare(tb.get(c), ta.get(c)) != 0) {
          columns.add(new ColumnChange(c.code(), tb.get(c), ta.get(c)));
        }
      }
      if (!columns.isEmpty()) {
        out.add(
            new YearChange(
                year, tb.emissionsTotal(), ta.emissionsTotal(), tb.net(), ta.net(), columns));
      }
    }
    return out;
  }

  /** The balance years; none for an inventory without activity or sink rows. */
  static Map<Integer, BalanceYear> years(Inventory inventory, FactorLibrary library) {
    Map<Integer, BalanceYear> out = new java.util.HashMap<>();
    if (inventory.activities().isEmpty() && inventory.sinks().isEmpty()) {
      return out;
    }
    return years(new BalanceCalculator(library).calculate(inventory));
  }

  private static Map<Integer, BalanceYear> years(Result<Balance> r) {
    Map<Integer, BalanceYear> out = new java.util.HashMap<>();
    if (r instanceof Result.Ok<Balance> ok) {
      ok.value().years().forEach(y -> out.put(y.year(), y));
      return out;
    }
    throw new InvalidInputException("the balance cannot be calculated", r.errors());
  }
}
