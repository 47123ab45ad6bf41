package org.minecarbon.core.calc;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.calc.internal.CalcContext;
import org.minecarbon.core.calc.internal.RowCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * Calculates every row of an inventory into a traceable {@link CalcLine}. The inventory is
 * validated first; with any error (invalid input or a missing factor) nothing is returned but the
 * complete list of issues.
 */
public final class Calculator {
  private final FactorLibrary library;

  public Calculator(FactorLibrary library) {
    this.library = library;
  }

  public Result<Calculation> calculate(Inventory inventory) {
    return calculate(inventory, InventoryValidator.validate(inventory, library));
  }

  /**
   * Calculates an inventory its caller has validated already against this calculator's library (the
   * application reads and validates a stored inventory once per request).
   *
   * @param validation what {@link InventoryValidator#validate} returned for this inventory and
   *     library
   */
  public Result<Calculation> calculate(Inventory inventory, List<Issue> validation) {
    List<Issue> issues = new ArrayList<>(validation);
    if (issues.stream().anyMatch(Issue::isError)) {
      return Result.err(issues);
    }
    CalcContext ctx = new CalcContext(library, inventory);
    RowCalculator rows = new RowCalculator(ctx);
    List<CalcLine> lines =
        new ArrayList<>(inventory.activities().size() + inventory.sinks().size());
    for (ActivityRow row : inventory.activities()) {
      rows.activity(row).ifPresent(lines::add);
    }
    for (SinkRow row : inventory.sinks()) {
      rows.sink(row).ifPresent(lines::add);
    }
    issues.addAll(ctx.issues());
    Calculation calc =
        new Calculation(inventory, ctx.gwpSet(), ctx.setId(), lines, warningsOnly(issues));
    return Result.of(calc, issues);
  }

  private static List<Issue> warningsOnly(List<Issue> issues) {
    return issues.stream().filter(i -> !i.isError()).toList();
  }
}
