package org.minecarbon.core.balance;

import java.util.List;
import org.minecarbon.core.balance.internal.Aggregator;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * The use case "compute the carbon balance of an inventory": validates, calculates every row and
 * aggregates the balance table per year (seed 002 eq. 1–4, Table 1). Invalid input yields every
 * issue and no balance.
 */
public final class BalanceCalculator {
  private final FactorLibrary library;

  public BalanceCalculator(FactorLibrary library) {
    this.library = library;
  }

  public Result<Balance> calculate(Inventory inventory) {
    return new Calculator(library)
        .calculate(inventory)
        .flatMap(calc -> Aggregator.aggregate(calc, library));
  }

  /**
   * The balance of an inventory its caller has validated already (one validation per request).
   *
   * @param validation what {@code InventoryValidator.validate(inventory, library)} returned
   */
  public Result<Balance> calculate(Inventory inventory, List<Issue> validation) {
    return new Calculator(library)
        .calculate(inventory, validation)
        .flatMap(calc -> Aggregator.aggregate(calc, library));
  }
}
