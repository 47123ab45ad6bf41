package org.minecarbon.io.json.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import tools.jackson.databind.JsonNode;

/** Reads {@code sinks[]} rows by their {@code sink}, {@code production[]} rows and sites. */
final class SinkReader {
  private final Fields f;
  private final @Nullable List<SinkRow> partialSinks;
  private final @Nullable List<ProductionRow> partialProduction;

  SinkReader(Fields f) {
    this(f, null, null);
  }

  /** With lists that receive every row that could be built, as {@link ActivityReader} does. */
  SinkReader(
      Fields f,
      @Nullable List<SinkRow> partialSinks,
      @Nullable List<ProductionRow> partialProduction) {
    this.f = f;
    this.partialSinks = partialSinks;
    this.partialProduction = partialProduction;
  }

  @Nullable SinkRow read(JsonNode row, String p) {
    if (!f.isObject(row, p)) {
      return null;
    }
    int before = f.errors();
    SinkType sink =
        f.code(row, p, "sink", true, SinkType::fromCode, SinkType.codes(), Codes.UNKNOWN_SINK);
    RowMeta m = Metas.read(f, row, p);
    if (sink == null) {
      return null;
    }
    SinkRow r =
        switch (sink) {
          case CARBONATION -> carbonation(row, p, m);
          case UTILIZATION -> new SinkRow.Utilization(m, quantity(row, p));
          case STORAGE -> storage(row, p, m);
          case VEGETATION -> vegetation(row, p, m);
          case ALLOWANCE -> allowance(row, p, m);
        };
    if (partialSinks != null) {
      partialSinks.add(r);
    }
    return f.errors() > before ? null : r;
  }

  private @Nullable Quantity quantity(JsonNode row, String p) {
    Double v = f.number(row, p, "quantity", true);
    Unit u = f.unit(row, p, "unit", true);
    return v == null || u == null ? null : new Quantity(v, u);
  }

  private SinkRow carbonation(JsonNode row, String p, RowMeta m) {
    Quantity q = quantity(row, p);
    Map<String, Double> carbonates = f.numberMap(row, p, "carbonates", true);
    Map<String, Double> factors = f.numberMap(row, p, "factors", false);
    return new SinkRow.Carbonation(
        m, q, ActivityReader.orEmpty(carbonates), ActivityReader.orEmpty(factors));
  }

  private SinkRow storage(JsonNode row, String p, RowMeta m) {
    Double captured = f.number(row, p, "captured", true);
    Double losses = f.number(row, p, "losses", false);
    Unit u = f.unit(row, p, "unit", true);
    return new SinkRow.Storage(
        m,
        captured == null || u == null ? null : new Quantity(captured, u),
        losses == null || u == null ? null : new Quantity(losses, u));
  }

  /**
   * {@code unit} belongs to {@code quantity}; the area takes {@code areaUnit} (default ha), or
   * {@code unit} when the row gives an area and no quantity.
   */
  private SinkRow vegetation(JsonNode row, String p, RowMeta m) {
    boolean hasQuantity = f.has(row, "quantity");
    Double qv = f.number(row, p, "quantity", false);
    Double area = f.number(row, p, "area", false);
    Unit unit = f.unit(row, p, "unit", hasQuantity);
    Unit areaUnit = f.unit(row, p, "areaUnit", false);
    if (areaUnit == null && !f.has(row, "areaUnit")) {
      areaUnit = hasQuantity || unit == null ? Units.HA : unit;
    }
    Double rate = f.number(row, p, "rate", false);
    String landType = f.string(row, p, "landType", false);
    if (!hasQuantity && !f.has(row, "area")) {
      f.required(Fields.child(p, "quantity"), "quantity", "quantity (tCO2) or area × rate");
    }
    Quantity q = qv == null || unit == null ? null : new Quantity(qv, unit);
    Quantity a = area == null || areaUnit == null ? null : new Quantity(area, areaUnit);
    return new SinkRow.Vegetation(m, q, a, rate, landType);
  }

  private SinkRow allowance(JsonNode row, String p, RowMeta m) {
    Quantity q = quantity(row, p);
    Instrument i =
        f.code(
            row,
            p,
            "instrument",
            true,
            Instrument::fromCode,
            Instrument.codes(),
            Codes.UNKNOWN_CODE);
    return new SinkRow.Allowance(m, q, i);
  }

  @Nullable ProductionRow production(JsonNode row, String p) {
    if (!f.isObject(row, p)) {
      return null;
    }
    int before = f.errors();
    RowMeta m = Metas.read(f, row, p);
    String product = f.string(row, p, "product", true);
    Quantity q = quantity(row, p);
    ProductionRow r = new ProductionRow(m, product, q);
    if (partialProduction != null) {
      partialProduction.add(r);
    }
    return f.errors() > before ? null : r;
  }

  @Nullable Site site(JsonNode row, String p) {
    if (!f.isObject(row, p)) {
      return null;
    }
    int before = f.errors();
    String id = f.string(row, p, "id", true);
    String name = f.string(row, p, "name", false);
    MineType type =
        f.code(row, p, "mineType", false, MineType::fromCode, MineType.codes(), Codes.UNKNOWN_CODE);
    String commodity = f.string(row, p, "commodity", false);
    String province = f.string(row, p, "province", false);
    GasGrade grade =
        f.code(row, p, "gasGrade", false, GasGrade::fromCode, GasGrade.codes(), Codes.UNKNOWN_CODE);
    return f.errors() > before ? null : new Site(id, name, type, commodity, province, grade, p);
  }
}
