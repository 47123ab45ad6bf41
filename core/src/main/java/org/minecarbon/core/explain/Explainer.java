package org.minecarbon.core.explain;

import java.util.List;
import java.util.function.Predicate;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/** Explains figures of a {@link Balance}: a column of a year, a year's total, or one row. */
public final class Explainer {
  private Explainer() {}

  public static Result<Explanation> column(Balance balance, int year, Column column) {
    if (balance.year(year).isEmpty()) {
      return unknownYear(balance, year);
    }
    return Result.ok(
        of(
            year + " " + column.code(),
            year,
            column.code(),
            balance,
            l -> l.year() == year && l.column() == column));
  }

  /** Emissions total of a year (all seven emission columns). */
  public static Result<Explanation> total(Balance balance, int year) {
    if (balance.year(year).isEmpty()) {
      return unknownYear(balance, year);
    }
    return Result.ok(
        of(
            year + " emissions total",
            year,
            "",
            balance,
            l -> l.year() == year && !l.column().isSink()));
  }

  /** One row, found by its id or JSON Pointer. */
  public static Result<Explanation> row(Balance balance, String idOrPointer) {
    Predicate<CalcLine> match =
        l -> idOrPointer.equals(l.row().id()) || idOrPointer.equals(l.row().pointer());
    Explanation e = of("row " + idOrPointer, 0, "", balance, match);
    if (e.lines().isEmpty()) {
      return Result.err(
          Issue.error(
              Codes.UNKNOWN_ROW,
              "",
              "no row with this id or pointer",
              idOrPointer,
              "a row id or a pointer such as /activities/0"));
    }
    return Result.ok(e);
  }

  private static Explanation of(
      String subject, int year, String column, Balance balance, Predicate<CalcLine> filter) {
    List<CalcLine> lines = balance.calculation().lines().stream().filter(filter).toList();
    double value = lines.stream().mapToDouble(CalcLine::co2e).sum();
    return new Explanation(subject, year, column, value, lines);
  }

  private static Result<Explanation> unknownYear(Balance balance, int year) {
    return Result.err(
        Issue.error(
            Codes.UNKNOWN_YEAR,
            "",
            "the balance has no year " + year,
            year,
            "one of " + balance.years().stream().map(y -> y.year()).toList()));
  }
}
