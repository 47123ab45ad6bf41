package org.minecarbon.app.document.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the footprint extensions of an uploaded JSON document (footprint contract v1 §4: {@code
 * price} on production rows, the {@code materials[]} array), which the canonical tree written from
 * the inventory does not carry, so that the product's footprint equals the CLI's on the same file.
 * Workbooks have no such columns. Used by the whole-document import and by the row import.
 */
final class FootprintExtensions {
  private FootprintExtensions() {}

  /**
   * Copies {@code price} of the upload's production rows and its {@code materials[]} into the
   * canonical tree.
   *
   * @param parsed the upload's parsed tree (none for a workbook or an upload that did not parse)
   * @return whether the upload is a JSON document (only that format has the extensions)
   */
  static boolean carry(List<JsonNode> parsed, String fileName, ObjectNode canonical) {
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".json") || parsed.isEmpty()) {
      return false;
    }
    carry(parsed.get(0), canonical);
    return true;
  }

  /**
   * Copies {@code price} of the parsed upload's production rows and its {@code materials[]} into
   * the canonical tree; for a caller that already holds the parsed JSON upload (no second parse).
   */
  static void carry(JsonNode source, ObjectNode canonical) {
    JsonNode from = source.path("production");
    if (canonical.get("production") instanceof ArrayNode to && from.size() == to.size()) {
      // the writer keeps the document's row order, so row i is row i
      for (int i = 0; i < to.size(); i++) {
        JsonNode price = from.get(i).get("price");
        if (price != null && price.isNumber() && to.get(i) instanceof ObjectNode row) {
          row.set("price", price);
        }
      }
    }
    if (source.get("materials") instanceof ArrayNode materials) {
      canonical.set("materials", materials.deepCopy());
    }
  }

  /**
   * For a file that cannot carry {@code price} (a workbook): each production row without one takes
   * the price of the stored production row of its key (site, period, product), so re-importing an
   * export leaves priced rows unchanged instead of dropping their prices.
   */
  static void keepStoredPrices(ObjectNode file, List<RowRecord> stored, @Nullable String onlySite) {
    Map<String, JsonNode> prices = new HashMap<>();
    for (RowRecord r : stored) {
      JsonNode price = r.doc().get("price");
      if (r.kind() == RowKind.PRODUCTION && price != null && price.isNumber()) {
        prices.putIfAbsent(RowDiff.key(RowKind.PRODUCTION, r.doc(), onlySite), price);
      }
    }
    for (JsonNode row : file.path("production")) {
      JsonNode price = prices.get(RowDiff.key(RowKind.PRODUCTION, row, onlySite));
      if (price != null && !row.has("price") && row instanceof ObjectNode o) {
        o.set("price", price);
      }
    }
  }
}
