package org.minecarbon.app.document.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.node.ObjectNode;

/** Writes a planned row import (inside the caller's transaction). */
final class RowWrites {
  private RowWrites() {}

  /**
   * Applies the plan with one batch per operation type (changes, removals, additions per kind), not
   * one statement per row.
   *
   * @param stored the enterprise's rows the plan was computed on (for the next free positions)
   */
  static void apply(Store store, long enterpriseId, RowImport.Plan plan, List<RowRecord> stored) {
    plan.newSites().forEach(s -> store.inventories().addSite(enterpriseId, s));
    Map<RowKind, Integer> next = nextPositions(stored);
    Map<RowKind, Map<Integer, ObjectNode>> inserts = new EnumMap<>(RowKind.class);
    Map<Long, ObjectNode> updates = new LinkedHashMap<>();
    List<Long> deletes = new ArrayList<>();
    for (RowDiff.Op op : plan.ops()) {
      switch (op) {
        case RowDiff.Keep k -> {}
        case RowDiff.Change c -> updates.put(c.row().id(), c.next());
        case RowDiff.Remove r -> deletes.add(r.row().id());
        case RowDiff.Add a -> {
          int position = next.merge(a.kind(), 1, Integer::sum) - 1;
          inserts.computeIfAbsent(a.kind(), k -> new LinkedHashMap<>()).put(position, a.next());
        }
      }
    }
    store.rows().updateAll(enterpriseId, updates);
    store.rows().deleteAll(enterpriseId, deletes);
    inserts.forEach((kind, rows) -> store.rows().insertAll(enterpriseId, kind, rows));
    if (plan.materials() != null) {
      // materials[] lives with the header (footprint extension): the header takes the new list
      ObjectNode header =
          store.inventories().enterprise(enterpriseId).orElseThrow().header().deepCopy();
      header.set("materials", plan.materials());
      store.inventories().updateEnterprise(enterpriseId, header, null);
    }
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
