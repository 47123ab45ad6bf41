package org.minecarbon.app.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.period.PeriodRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The lock rules of an import (a whole-document replacement) and its audit summary. */
public final class ImportLocks {
  private static final List<String> ROWS = List.of("activities", "sinks", "production");

  private ImportLocks() {}

  /**
   * Refuses the replacement when it changes the header, the sites or any row of a year that is not
   * a draft (comparing the documents as trees, row order within a kind included).
   */
  static void check(List<PeriodRecord> frozen, ObjectNode current, ObjectNode next) {
    if (frozen.isEmpty()) {
      return;
    }
    if (!same(current, next, "enterprise")
        || !same(current, next, "settings")
        || !same(current, next, "sites")) {
      throw PeriodLocks.locked(
          frozen.getFirst(), "the import would change the enterprise header or sites");
    }
    for (PeriodRecord p : frozen) {
      for (String array : ROWS) {
        if (!same(rowsOf(current, array, p.year()), rowsOf(next, array, p.year()))) {
          throw PeriodLocks.locked(p, "the import would change its " + array);
        }
      }
    }
  }

  private static boolean same(ObjectNode a, ObjectNode b, String field) {
    JsonNode x = a.get(field);
    JsonNode y = b.get(field);
    return x == null ? y == null || y.isEmpty() : y != null && x.equals(NUMERIC, y);
  }

  private static boolean same(List<JsonNode> a, List<JsonNode> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(NUMERIC, b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Equal values: numbers by value (5 equals 5.0, as the document reader treats them). */
  private static final Comparator<JsonNode> NUMERIC =
      (x, y) -> {
        if (x.isNumber() && y.isNumber()) {
          return x.decimalValue().compareTo(y.decimalValue());
        }
        return x.equals(y) ? 0 : 1;
      };

  private static List<JsonNode> rowsOf(ObjectNode doc, String array, int year) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode rows = doc.get(array);
    if (rows != null) {
      rows.forEach(
          r -> {
            if (Period.parse(r.path("period").asString(""))
                .filter(p -> p.year() == year)
                .isPresent()) {
              out.add(r);
            }
          });
    }
    return out;
  }

  /**
   * What the audit entry of an import records: counts and the SHA-256 of the document; for the
   * imported side also the upload's name, SHA-256 and the whole imported document (so that what was
   * entered stays traceable although the import's rows get new ids).
   */
  static ObjectNode summary(ObjectNode doc, @Nullable String fileName, byte @Nullable [] bytes) {
    ObjectNode s = JsonCodec.mapper().createObjectNode();
    if (fileName != null && bytes != null) {
      s.put("file", fileName);
      s.put("sha256", Sha256.hex(bytes));
      s.put("bytes", bytes.length);
    }
    if (bytes != null) {
      s.set("document", doc.deepCopy());
    }
    s.put("documentSha256", Sha256.hex(doc.toString()));
    s.put("sites", doc.path("sites").size());
    for (String array : ROWS) {
      s.put(array, doc.path(array).size());
    }
    return s;
  }
}
