package org.minecarbon.io.json;

import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.internal.DocumentReader;
import tools.jackson.databind.JsonNode;

/**
 * Maps an inventory document v1 tree to the core model. Structural checks only (types, required
 * fields, codes, units, periods, finiteness); every problem is collected with its JSON Pointer and
 * nothing is returned from a document with an error. Unknown extra fields are ignored, as the
 * contract requires.
 */
public final class InventoryReader {
  private InventoryReader() {}

  /**
   * @param text true when the tree comes from a workbook or CSV files: every leaf is a string, so
   *     numbers and booleans are accepted in their textual form
   */
  public static Result<Inventory> read(JsonNode root, boolean text) {
    return DocumentReader.read(root, text);
  }

  /** As {@link #read(JsonNode, boolean)}, with errors found earlier while building the tree. */
  public static Result<Inventory> read(
      JsonNode root, boolean text, java.util.List<org.minecarbon.core.result.Issue> prior) {
    return DocumentReader.read(root, text, prior);
  }
}
