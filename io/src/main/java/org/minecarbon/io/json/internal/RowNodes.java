package org.minecarbon.io.json.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.io.json.Nodes;
import tools.jackson.databind.node.ObjectNode;

/** Output helpers for rows: common leading and trailing fields, maps, booleans. */
final class RowNodes {
  private RowNodes() {}

  static void bool(ObjectNode o, String name, @Nullable Boolean value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  static void map(ObjectNode o, String name, Map<String, Double> map, boolean always) {
    if (map.isEmpty() && !always) {
      return;
    }
    ObjectNode m = o.putObject(name);
    map.forEach((k, v) -> Nodes.num(m, k, v));
  }

  /** The leading fields of a row: id, period, site, stage. */
  static ObjectNode head(RowMeta meta) {
    ObjectNode o = Nodes.object();
    Nodes.str(o, "id", meta.id());
    o.put("period", meta.period().toString());
    Nodes.str(o, "site", meta.site());
    Nodes.str(o, "stage", meta.stage() == null ? null : meta.stage().code());
    return o;
  }

  /** The trailing fields of a row: uncertainty, note, evidence. */
  static void tail(ObjectNode o, RowMeta meta) {
    Nodes.str(o, "uncertainty", meta.uncertainty() == null ? null : meta.uncertainty().spec());
    Nodes.str(o, "note", meta.note());
    Nodes.str(o, "evidence", meta.evidence());
  }
}
