package org.minecarbon.io.json.internal;

import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.io.json.Nodes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes one {@code activities[]} row in contract field order, omitting absent optionals. */
final class ActivityWriter {
  private ActivityWriter() {}

  static ObjectNode write(ActivityRow row) {
    ObjectNode o = RowNodes.head(row.meta());
    o.put("source", row.source().code());
    switch (row) {
      case ActivityRow.Fuel r -> fuel(o, r);
      case ActivityRow.Carbonate r -> carbonate(o, r);
      case ActivityRow.Electricity r -> electricity(o, r);
      case ActivityRow.Heat r -> heat(o, r);
      case ActivityRow.MineMethane r -> mineMethane(o, r);
      case ActivityRow.MineCo2 r -> mineCo2(o, r);
      case ActivityRow.CoalMethane r -> {
        quantity(o, r.quantity());
        Nodes.num(o, "factor", r.factor());
      }
      case ActivityRow.Flare r -> {
        quantity(o, r.quantity());
        RowNodes.map(o, "composition", r.composition(), true);
        Nodes.num(o, "oxidation", r.oxidation());
        RowNodes.bool(o, "includeCo2", r.includeCo2());
      }
      case ActivityRow.Fugitive r -> {
        o.put("gas", r.gas());
        quantity(o, r.quantity());
        RowNodes.bool(o, "fossil", r.fossil());
      }
      case ActivityRow.Measured r -> {
        o.put("gas", r.gas());
        quantity(o, r.quantity());
        o.put("category", r.category().code());
        RowNodes.bool(o, "fossil", r.fossil());
      }
      case ActivityRow.MassBalance r -> massBalance(o, r);
    }
    RowNodes.tail(o, row.meta());
    return o;
  }

  static void quantity(ObjectNode o, Quantity q) {
    Nodes.num(o, "quantity", q.value());
    o.put("unit", q.unit().symbol());
  }

  private static void fuel(ObjectNode o, ActivityRow.Fuel r) {
    o.put("fuel", r.fuel());
    quantity(o, r.quantity());
    Nodes.num(o, "ncv", r.ncv());
    Nodes.num(o, "carbonContent", r.carbonContent());
    Nodes.num(o, "oxidation", r.oxidation());
    Nodes.num(o, "ch4", r.ch4());
  }

  private static void carbonate(ObjectNode o, ActivityRow.Carbonate r) {
    quantity(o, r.quantity());
    RowNodes.map(o, "carbonates", r.carbonates(), true);
    Nodes.num(o, "decomposition", r.decomposition());
    RowNodes.map(o, "factors", r.factors(), false);
  }

  /** {@code exported} shares the unit of {@code quantity}; converted if it was built otherwise. */
  private static void electricity(ObjectNode o, ActivityRow.Electricity r) {
    Nodes.num(o, "quantity", r.quantity().value());
    if (r.exported() != null) {
      Nodes.num(o, "exported", r.exported().in(r.quantity().unit()));
    }
    o.put("unit", r.quantity().unit().symbol());
    Nodes.num(o, "gridFactor", r.gridFactor());
    Nodes.str(o, "grid", r.grid());
    if (r.gridYear() != null) {
      o.put("gridYear", r.gridYear().intValue());
    }
  }

  private static void heat(ObjectNode o, ActivityRow.Heat r) {
    Quantity q = r.quantity();
    Quantity exported = r.exported();
    if (q != null) {
      Nodes.num(o, "quantity", q.value());
    }
    if (exported != null) {
      Nodes.num(o, "exported", q == null ? exported.value() : exported.in(q.unit()));
    }
    if (q != null || exported != null) {
      o.put("unit", (q != null ? q : exported).unit().symbol());
    }
    if (r.steam() != null) {
      ObjectNode s = o.putObject("steam");
      Nodes.num(s, "mass", r.steam().mass());
      Nodes.num(s, "enthalpy", r.steam().enthalpy());
    }
    if (r.hotWater() != null) {
      ObjectNode w = o.putObject("hotWater");
      Nodes.num(w, "mass", r.hotWater().mass());
      Nodes.num(w, "temperature", r.hotWater().temperature());
    }
    Nodes.num(o, "factor", r.factor());
  }

  private static void mineMethane(ObjectNode o, ActivityRow.MineMethane r) {
    Nodes.num(o, "ventilation", r.ventilation());
    Nodes.num(o, "drainage", r.drainage());
    Nodes.num(o, "flared", r.flared());
    Nodes.num(o, "utilized", r.utilized());
    o.put("unit", r.unit().symbol());
  }

  private static void mineCo2(ObjectNode o, ActivityRow.MineCo2 r) {
    Nodes.num(o, "ventilation", r.ventilation());
    Nodes.num(o, "drainage", r.drainage());
    Nodes.num(o, "recovered", r.recovered());
    o.put("unit", r.unit().symbol());
    Nodes.num(o, "density", r.density());
  }

  private static void massBalance(ObjectNode o, ActivityRow.MassBalance r) {
    o.put("category", r.category().code());
    flows(o.putArray("inputs"), r.inputs());
    flows(o.putArray("outputs"), r.outputs());
  }

  private static void flows(ArrayNode a, java.util.List<ActivityRow.CarbonFlow> flows) {
    for (ActivityRow.CarbonFlow flow : flows) {
      ObjectNode f = a.addObject();
      quantity(f, flow.quantity());
      Nodes.num(f, "carbonFraction", flow.carbonFraction());
    }
  }
}
