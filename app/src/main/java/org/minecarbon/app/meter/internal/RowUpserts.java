package org.minecarbon.app.meter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upserts {@code meter:} rows into the enterprise's inventory through {@link InventoryService}
 * (validation, period locks, a revision and an audit entry per change): a row whose id is stored is
 * updated when its document differs, otherwise added. An unchanged row makes no revision.
 */
final class RowUpserts {
  int changed;
  final List<Issue> problems = new ArrayList<>();

  void apply(InventoryService inventories, long enterpriseId, int year, List<MeterRow> rows) {
    Map<String, ObjectNode> docs = new java.util.LinkedHashMap<>();
    rows.forEach(r -> docs.put(r.id(), document(r)));
    applyDocuments(inventories, enterpriseId, year, docs);
  }

  /**
   * The same for row documents by row id (the stream sink's rows, already in this form).
   *
   * @return the ids the inventory refused (each with its problems in {@link #problems})
   */
  java.util.Set<String> applyDocuments(
      InventoryService inventories, long enterpriseId, int year, Map<String, ObjectNode> docs) {
    Map<String, RowView> stored = stored(inventories, enterpriseId, year);
    java.util.Set<String> refused = new java.util.TreeSet<>();
    for (Map.Entry<String, ObjectNode> e : docs.entrySet()) {
      String id = e.getKey();
      ObjectNode doc = e.getValue();
      RowView old = stored.get(id);
      try {
        if (old == null) {
          inventories.addRow(enterpriseId, RowKind.ACTIVITY, doc);
          changed++;
        } else if (!same(old.doc(), doc)) {
          inventories.updateRow(enterpriseId, old.id(), doc, old.version());
          changed++;
        }
      } catch (InvalidInputException ex) {
        ex.issues().forEach(i -> problems.add(i.at(id)));
        refused.add(id);
      } catch (RefusedException ex) {
        problems.add(ex.issue().at(id));
        refused.add(id);
      }
    }
    return refused;
  }

  private static Map<String, RowView> stored(
      InventoryService inventories, long enterpriseId, int year) {
    return inventories
        .rows(enterpriseId, new RowFilter(RowKind.ACTIVITY, year, null, null))
        .stream()
        .filter(r -> r.key() != null && r.key().startsWith("meter:"))
        .collect(
            Collectors.toMap(
                r -> java.util.Objects.requireNonNull(r.key()), Function.identity(), (a, b) -> a));
  }

  /**
   * The same document: equal trees, numbers compared by value (the writer makes an integral number
   * a long node, the stored text reads back as an int node; Jackson's {@code equals} tells them
   * apart, which would make an unchanged row a revision).
   */
  static boolean same(tools.jackson.databind.JsonNode a, tools.jackson.databind.JsonNode b) {
    return a.equals(
        (x, y) ->
            x.isNumber() && y.isNumber()
                ? Double.compare(x.asDouble(), y.asDouble())
                : (x.equals(y) ? 0 : 1),
        b);
  }

  /** The stored {@code meter:} row documents of the year, by row id. */
  static Map<String, ObjectNode> storedDocuments(
      InventoryService inventories, long enterpriseId, int year) {
    Map<String, ObjectNode> out = new java.util.HashMap<>();
    stored(inventories, enterpriseId, year).forEach((k, v) -> out.put(k, v.doc()));
    return out;
  }

  /** The inventory v1 row with the contract's {@code completeness} and {@code estimated}. */
  static ObjectNode document(MeterRow r) {
    ObjectNode o = InventoryWriter.writeActivity(r.row());
    o.set("completeness", Nodes.number(r.completeness()));
    o.set("estimated", Nodes.number(r.estimated()));
    return o;
  }
}
