package org.minecarbon.app.document.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.node.ObjectNode;

/** Writes a planned row import (inside the caller's transaction). */
final class RowWrites {
  private RowWrites() {}

  static void apply(Store store, long enterpriseId, RowImport.Plan plan) {
    plan.newSites().forEach(s -> store.inventories().addSite(enterpriseId, s));
    Map<RowKind, Integer> next = nextPositions(store.rows().list(enterpriseId, RowQuery.ALL));
    Map<RowKind, Map<Integer, ObjectNode>> inserts = new EnumMap<>(RowKind.class);
    for (RowDiff.Op op : plan.ops()) {
      switch (op) {
        case RowDiff.Keep k -> {}
        case RowDiff.Change c -> store.rows().update(enterpriseId, c.row().id(), c.next(), null);
        case RowDiff.Remove r -> store.rows().delete(enterpriseId, r.row().id());
        case RowDiff.Add a -> {
          int position = next.merge(a.kind(), 1, Integer::sum) - 1;
          inserts.computeIfAbsent(a.kind(), k -> new LinkedHashMap<>()).put(position, a.next());
        }
      }
    }
    inserts.forEach((kind, rows) -> store.rows().insertAll(enterpriseId, kind, rows));
  }

  /** Per kind, the first free position after the stored rows. */
  private static Map<RowKind, Integer> nextPositions(List<RowRecord> rows) {
    Map<RowKind, Integer> next = new EnumMap<>(RowKind.class);
    for (RowKind kind : RowKind.values()) {
      next.put(kind, 0);
    }
    for (RowRecord r : rows) {
      next.merge(r.kind(), r.position() + 1, Math::max);
    }
    return next;
  }
}
