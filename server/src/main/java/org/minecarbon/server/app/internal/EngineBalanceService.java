package org.minecarbon.server.app.internal;

import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.server.app.BalanceService;
import org.minecarbon.server.app.InvalidInputException;
import org.minecarbon.server.app.InventoryService;
import org.springframework.stereotype.Service;

/** The balance by core's {@link BalanceCalculator}, on the inventory read back through io. */
@Service
class EngineBalanceService implements BalanceService {
  private final InventoryService inventories;
  private final Libraries libraries;

  EngineBalanceService(InventoryService inventories, Libraries libraries) {
    this.inventories = inventories;
    this.libraries = libraries;
  }

  @Override
  public Balance balance(long enterpriseId) {
    FactorLibrary library = libraries.library();
    Result<Balance> result =
        new BalanceCalculator(library).calculate(inventories.inventory(enterpriseId));
    if (result instanceof Result.Ok<Balance> ok) {
      return ok.value();
    }
    throw new InvalidInputException("the balance cannot be calculated", result.errors());
  }

  @Override
  public FactorLibrary library() {
    return libraries.library();
  }
}
