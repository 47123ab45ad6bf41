package org.minecarbon.core.balance;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.result.Issue;

/**
 * Balance result v1 ({@code "format": "minecarbon/balance@1"}): one {@link BalanceYear} per year
 * that has any row, sorted, plus the calculation behind it for explanation.
 */
public record Balance(
    GwpSet gwp,
    String factorSet,
    List<BalanceYear> years,
    Calculation calculation,
    List<Issue> warnings) {
  public static final String FORMAT = "minecarbon/balance@1";
  public static final String UNIT = "tCO2e";

  public Balance {
    years = List.copyOf(years);
    warnings = List.copyOf(warnings);
  }

  public Optional<BalanceYear> year(int year) {
    return years.stream().filter(y -> y.year() == year).findFirst();
  }
}
