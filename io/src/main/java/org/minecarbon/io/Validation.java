package org.minecarbon.io;

import java.util.List;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.result.Issue;

/** The semantic checks of core, behind one seam so that {@link Documents#load} stays small. */
final class Validation {
  private Validation() {}

  static List<Issue> validate(Inventory inventory, FactorLibrary library) {
    return InventoryValidator.validate(inventory, library);
  }
}
