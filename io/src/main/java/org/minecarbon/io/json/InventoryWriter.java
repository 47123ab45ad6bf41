package org.minecarbon.io.json;

import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.json.internal.DocumentWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the core model to an inventory document v1 tree in contract field order, omitting absent
 * optionals, so that reading the tree back gives an equal model.
 */
public final class InventoryWriter {
  private InventoryWriter() {}

  public static ObjectNode write(Inventory inventory) {
    return DocumentWriter.write(inventory);
  }

  /** One activity row in contract field order, as it appears in {@code activities[]}. */
  public static ObjectNode writeActivity(org.minecarbon.core.inventory.ActivityRow row) {
    return DocumentWriter.activity(row);
  }
}
