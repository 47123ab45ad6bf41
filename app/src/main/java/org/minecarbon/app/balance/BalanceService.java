package org.minecarbon.app.balance;

import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.factor.FactorLibrary;

/** The carbon balance (seed 002 Table 1) of an enterprise, computed by core on demand. */
public interface BalanceService {

  /**
   * The balance of the stored inventory, via core {@code BalanceCalculator} with the factor library
   * including the user-added sets.
   *
   * @throws InvalidInputException when the inventory has errors (validation or calculation)
   */
  Balance balance(long enterpriseId);

  /** Built-in factor sets plus the user-added ones. */
  FactorLibrary library();
}
