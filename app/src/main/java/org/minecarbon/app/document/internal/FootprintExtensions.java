package org.minecarbon.app.document.internal;

import java.util.Locale;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the footprint extensions of an uploaded JSON document (footprint contract v1 §4: {@code
 * price} on production rows, the {@code materials[]} array), which the canonical tree written from
 * the inventory does not carry, so that the product's footprint equals the CLI's on the same file.
 * Workbooks have no such columns.
 */
final class FootprintExtensions {
  private FootprintExtensions() {}

  static void carry(byte[] upload, String fileName, ObjectNode canonical) {
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return;
    }
    if (!(JsonCodec.parse(upload, fileName) instanceof Result.Ok<JsonNode> ok)) {
      return;
    }
    JsonNode source = ok.value();
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
}
