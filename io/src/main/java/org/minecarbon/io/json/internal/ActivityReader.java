package org.minecarbon.io.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Category;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import tools.jackson.databind.JsonNode;

/**
 * Reads one {@code activities[]} row by its {@code source}. Each reader collects every issue of the
 * row and builds the record only when the row added no error.
 */
final class ActivityReader {
  private final Fields f;
  private final @Nullable List<ActivityRow> partial;

  ActivityReader(Fields f) {
    this(f, null);
  }

  /**
   * @param partial when not null, receives every row that could be built, with or without errors
   *     (absent or invalid fields null or empty), for a semantic pass that lists every problem
   */
  ActivityReader(Fields f, @Nullable List<ActivityRow> partial) {
    this.f = f;
    this.partial = partial;
  }

  @Nullable ActivityRow read(JsonNode row, String p) {
    if (!f.isObject(row, p)) {
      return null;
    }
    int before = f.errors();
    Source source =
        f.code(row, p, "source", true, Source::fromCode, Source.codes(), Codes.UNKNOWN_SOURCE);
    RowMeta m = Metas.read(f, row, p);
    if (source == null) {
      return null;
    }
    ActivityRow r =
        switch (source) {
          case FUEL -> fuel(row, p, m);
          case CARBONATE -> carbonate(row, p, m);
          case ELECTRICITY -> electricity(row, p, m);
          case HEAT -> heat(row, p, m);
          case MINE_METHANE -> mineMethane(row, p, m);
          case MINE_CO2 -> mineCo2(row, p, m);
          case SURFACE_METHANE, POST_MINING_METHANE -> coalMethane(row, p, m, source);
          case FLARE -> flare(row, p, m);
          case FUGITIVE -> fugitive(row, p, m);
          case MEASURED -> measured(row, p, m);
          case MASS_BALANCE -> massBalance(row, p, m);
        };
    if (partial != null) {
      partial.add(r);
    }
    return f.errors() > before ? null : r;
  }

  private @Nullable Quantity quantity(JsonNode row, String p, String name, @Nullable Unit unit) {
    Double v = f.number(row, p, name, false);
    return v == null || unit == null ? null : new Quantity(v, unit);
  }

  /** A required quantity with its {@code unit}. */
  private @Nullable Quantity quantity(JsonNode row, String p) {
    Double v = f.number(row, p, "quantity", true);
    Unit u = f.unit(row, p, "unit", true);
    return v == null || u == null ? null : new Quantity(v, u);
  }

  private ActivityRow fuel(JsonNode row, String p, RowMeta m) {
    String fuel = f.string(row, p, "fuel", true);
    Quantity q = quantity(row, p);
    Double ncv = f.number(row, p, "ncv", false);
    Double cc = f.number(row, p, "carbonContent", false);
    Double of = f.number(row, p, "oxidation", false);
    Double ch4 = f.number(row, p, "ch4", false);
    return new ActivityRow.Fuel(m, fuel, q, ncv, cc, of, ch4);
  }

  private ActivityRow carbonate(JsonNode row, String p, RowMeta m) {
    Quantity q = quantity(row, p);
    Map<String, Double> carbonates = f.numberMap(row, p, "carbonates", true);
    Double n = f.number(row, p, "decomposition", false);
    Map<String, Double> factors = f.numberMap(row, p, "factors", false);
    return new ActivityRow.Carbonate(m, q, orEmpty(carbonates), n, orEmpty(factors));
  }

  private ActivityRow electricity(JsonNode row, String p, RowMeta m) {
    Quantity q = quantity(row, p);
    Quantity exported = quantity(row, p, "exported", q == null ? null : q.unit());
    Double gridFactor = f.number(row, p, "gridFactor", false);
    String grid = f.string(row, p, "grid", false);
    Integer gridYear = f.integer(row, p, "gridYear");
    return new ActivityRow.Electricity(m, q, exported, gridFactor, grid, gridYear);
  }

  private @Nullable ActivityRow heat(JsonNode row, String p, RowMeta m) {
    boolean hasGj = f.has(row, "quantity") || f.has(row, "exported");
    Unit unit = f.unit(row, p, "unit", hasGj);
    Quantity q = quantity(row, p, "quantity", unit);
    Quantity exported = quantity(row, p, "exported", unit);
    ActivityRow.Steam steam = null;
    JsonNode s = f.object(row, p, "steam", false);
    if (s != null) {
      String sp = Fields.child(p, "steam");
      Double mass = f.number(s, sp, "mass", true);
      Double enthalpy = f.number(s, sp, "enthalpy", true);
      steam = mass == null || enthalpy == null ? null : new ActivityRow.Steam(mass, enthalpy);
    }
    ActivityRow.HotWater water = null;
    JsonNode w = f.object(row, p, "hotWater", false);
    if (w != null) {
      String wp = Fields.child(p, "hotWater");
      Double mass = f.number(w, wp, "mass", true);
      Double t = f.number(w, wp, "temperature", true);
      water = mass == null || t == null ? null : new ActivityRow.HotWater(mass, t);
    }
    Double factor = f.number(row, p, "factor", false);
    if (!hasGj && !f.has(row, "steam") && !f.has(row, "hotWater")) {
      f.required(Fields.child(p, "quantity"), "quantity", "quantity (GJ), steam or hotWater");
    }
    return new ActivityRow.Heat(m, q, exported, steam, water, factor);
  }

  private Unit volumeUnit(JsonNode row, String p) {
    Unit u = f.unit(row, p, "unit", false);
    return u != null || f.has(row, "unit") ? u : Units.TEN_K_NM3;
  }

  private ActivityRow mineMethane(JsonNode row, String p, RowMeta m) {
    Double vent = f.number(row, p, "ventilation", false);
    Double drain = f.number(row, p, "drainage", false);
    Double flared = f.number(row, p, "flared", false);
    Double utilized = f.number(row, p, "utilized", false);
    Unit u = volumeUnit(row, p);
    return new ActivityRow.MineMethane(m, vent, drain, flared, utilized, u);
  }

  private ActivityRow mineCo2(JsonNode row, String p, RowMeta m) {
    Double vent = f.number(row, p, "ventilation", false);
    Double drain = f.number(row, p, "drainage", false);
    Double recovered = f.number(row, p, "recovered", false);
    Unit u = volumeUnit(row, p);
    Double density = f.number(row, p, "density", false);
    return new ActivityRow.MineCo2(m, vent, drain, recovered, u, density);
  }

  private ActivityRow coalMethane(JsonNode row, String p, RowMeta m, Source source) {
    Quantity q = quantity(row, p);
    Double factor = f.number(row, p, "factor", false);
    return new ActivityRow.CoalMethane(m, source, q, factor);
  }

  /** A map that failed to read (its error recorded) as empty, for the semantic pass. */
  static Map<String, Double> orEmpty(@Nullable Map<String, Double> map) {
    return map == null ? Map.of() : map;
  }

  private ActivityRow flare(JsonNode row, String p, RowMeta m) {
    Quantity q = quantity(row, p);
    Map<String, Double> composition = f.numberMap(row, p, "composition", true);
    Double of = f.number(row, p, "oxidation", false);
    Boolean includeCo2 = f.bool(row, p, "includeCo2");
    return new ActivityRow.Flare(m, q, orEmpty(composition), of, includeCo2);
  }

  private ActivityRow fugitive(JsonNode row, String p, RowMeta m) {
    String gas = f.string(row, p, "gas", true);
    Quantity q = quantity(row, p);
    Boolean fossil = f.bool(row, p, "fossil");
    return new ActivityRow.Fugitive(m, gas, q, fossil);
  }

  private @Nullable Category category(JsonNode row, String p) {
    return f.code(
        row, p, "category", true, Category::fromCode, Category.codes(), Codes.UNKNOWN_CODE);
  }

  private ActivityRow measured(JsonNode row, String p, RowMeta m) {
    String gas = f.string(row, p, "gas", true);
    Quantity q = quantity(row, p);
    Category c = category(row, p);
    Boolean fossil = f.bool(row, p, "fossil");
    return new ActivityRow.Measured(m, gas, q, c, fossil);
  }

  private ActivityRow massBalance(JsonNode row, String p, RowMeta m) {
    Category c = category(row, p);
    List<ActivityRow.CarbonFlow> in = flows(row, p, "inputs", true);
    List<ActivityRow.CarbonFlow> out = flows(row, p, "outputs", false);
    return new ActivityRow.MassBalance(
        m, c, in == null ? List.of() : in, out == null ? List.of() : out);
  }

  private @Nullable List<ActivityRow.CarbonFlow> flows(
      JsonNode row, String p, String name, boolean required) {
    JsonNode a = f.array(row, p, name, required);
    if (a == null) {
      return f.has(row, name) || required ? null : List.of();
    }
    List<ActivityRow.CarbonFlow> flows = new ArrayList<>();
    int before = f.errors();
    for (int i = 0; i < a.size(); i++) {
      String fp = Fields.child(Fields.child(p, name), i);
      if (f.isObject(a.get(i), fp)) {
        Quantity q = quantity(a.get(i), fp);
        Double c = f.number(a.get(i), fp, "carbonFraction", true);
        if (q != null && c != null) {
          flows.add(new ActivityRow.CarbonFlow(q, c));
        }
      }
    }
    return f.errors() > before ? null : flows;
  }
}
