package org.minecarbon.core.balance.internal;

import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.result.Result;

/** Rolls calculation lines up into the balance table, one balance year per year. */
public final class Aggregator {
  private Aggregator() {}

  public static Result<Balance> aggregate(Calculation calc, FactorLibrary library) {
    Accumulation acc = new Accumulation();
    for (CalcLine line : calc.lines()) {
      acc.add(line);
    }
    for (ProductionRow p : calc.inventory().production()) {
      acc.add(p);
    }
    return acc.finish(calc, library);
  }
}
