package org.minecarbon.io.json.internal;

import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.io.json.Nodes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the core model to an inventory document v1 tree in contract field order, omitting absent
 * optionals, so that reading the tree back gives an equal model.
 */
public final class DocumentWriter {
  private DocumentWriter() {}

  /** One {@code activities[]} row on its own (meter rows reuse the inventory row shape). */
  public static ObjectNode activity(org.minecarbon.core.inventory.ActivityRow row) {
    return ActivityWriter.write(row);
  }

  public static ObjectNode write(Inventory inv) {
    ObjectNode root = Nodes.object();
    root.put("format", Inventory.FORMAT);
    enterprise(root.putObject("enterprise"), inv.enterprise());
    Settings s = inv.settings();
    if (s.gwp() != null || s.factorSet() != null || s.gridDefault() != null) {
      ObjectNode o = root.putObject("settings");
      Nodes.str(o, "gwp", s.gwp() == null ? null : s.gwp().name());
      Nodes.str(o, "factorSet", s.factorSet());
      Nodes.str(o, "gridDefault", s.gridDefault() == null ? null : s.gridDefault().code());
    }
    ArrayNode sites = root.putArray("sites");
    inv.sites().forEach(site -> sites.add(site(site)));
    ArrayNode activities = root.putArray("activities");
    inv.activities().forEach(r -> activities.add(ActivityWriter.write(r)));
    ArrayNode sinks = root.putArray("sinks");
    inv.sinks().forEach(r -> sinks.add(sink(r)));
    ArrayNode production = root.putArray("production");
    inv.production().forEach(r -> production.add(production(r)));
    return root;
  }

  private static void enterprise(ObjectNode o, Enterprise e) {
    o.put("name", e.name());
    Nodes.str(o, "creditCode", e.creditCode());
    Nodes.str(o, "industry", e.industry() == null ? null : e.industry().code());
    Nodes.str(o, "province", e.province());
  }

  private static ObjectNode site(Site s) {
    ObjectNode o = Nodes.object();
    o.put("id", s.id());
    Nodes.str(o, "name", s.name());
    Nodes.str(o, "mineType", s.mineType() == null ? null : s.mineType().code());
    Nodes.str(o, "commodity", s.commodity());
    Nodes.str(o, "province", s.province());
    Nodes.str(o, "gasGrade", s.gasGrade() == null ? null : s.gasGrade().code());
    return o;
  }

  static ObjectNode sink(SinkRow row) {
    ObjectNode o = RowNodes.head(row.meta());
    o.put("sink", row.sink().code());
    switch (row) {
      case SinkRow.Carbonation r -> {
        ActivityWriter.quantity(o, r.quantity());
        RowNodes.map(o, "carbonates", r.carbonates(), true);
        RowNodes.map(o, "factors", r.factors(), false);
      }
      case SinkRow.Utilization r -> ActivityWriter.quantity(o, r.quantity());
      case SinkRow.Storage r -> {
        Nodes.num(o, "captured", r.captured().value());
        if (r.losses() != null) {
          Nodes.num(o, "losses", r.losses().in(r.captured().unit()));
        }
        o.put("unit", r.captured().unit().symbol());
      }
      case SinkRow.Vegetation r -> vegetation(o, r);
      case SinkRow.Allowance r -> {
        ActivityWriter.quantity(o, r.quantity());
        o.put("instrument", r.instrument().code());
      }
    }
    RowNodes.tail(o, row.meta());
    return o;
  }

  private static void vegetation(ObjectNode o, SinkRow.Vegetation r) {
    if (r.quantity() != null) {
      ActivityWriter.quantity(o, r.quantity());
    }
    if (r.area() != null) {
      Nodes.num(o, "area", r.area().value());
      o.put(r.quantity() == null ? "unit" : "areaUnit", r.area().unit().symbol());
    }
    Nodes.num(o, "rate", r.rate());
    Nodes.str(o, "landType", r.landType());
  }

  private static ObjectNode production(ProductionRow r) {
    ObjectNode o = RowNodes.head(r.meta());
    o.put("product", r.product());
    ActivityWriter.quantity(o, r.quantity());
    RowNodes.tail(o, r.meta());
    return o;
  }
}
