package org.minecarbon.io.bulk.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import tools.jackson.databind.JsonNode;

/**
 * A fast path for the common, clean activity rows: it builds the row only when every field it sees
 * is one it knows, of the expected JSON type, and every code, unit and period parses, in which case
 * io's {@code RowReader} would build the same row with no issue (a differential test checks this).
 * Anything else — an unknown or null field, an uncertainty, a source or form it does not cover, a
 * value the reader would reject — gives null, and the caller reads the row with {@code RowReader},
 * which reports the issues. Values are parsed once per distinct text (periods, stages, units,
 * sources), as they repeat across millions of rows.
 */
final class FastRows {
  private static final Set<String> META =
      Set.of("id", "period", "site", "stage", "note", "evidence");
  private static final Map<Source, Set<String>> FIELDS =
      Map.of(
          Source.FUEL,
              Set.of("source", "fuel", "quantity", "unit", "ncv", "carbonContent", "oxidation"),
          Source.CARBONATE,
              Set.of("source", "quantity", "unit", "carbonates", "decomposition", "factors"),
          Source.ELECTRICITY,
              Set.of("source", "quantity", "unit", "exported", "gridFactor", "grid", "gridYear"),
          Source.HEAT, Set.of("source", "quantity", "unit", "exported", "factor"),
          Source.MINE_METHANE,
              Set.of("source", "ventilation", "drainage", "flared", "utilized", "unit"),
          Source.SURFACE_METHANE, Set.of("source", "quantity", "unit", "factor"),
          Source.POST_MINING_METHANE, Set.of("source", "quantity", "unit", "factor"),
          Source.FLARE, Set.of("source", "quantity", "unit", "composition", "oxidation"));

  private final Map<String, Optional<Period>> periods = new java.util.HashMap<>();
  private final Map<String, Optional<Stage>> stages = new java.util.HashMap<>();
  private final Map<String, Optional<Unit>> units = new java.util.HashMap<>();
  private final Map<String, Optional<Source>> sources = new java.util.HashMap<>();

  /** The row, or null: read it with {@code RowReader} instead. */
  @Nullable ActivityRow activity(JsonNode row, String pointer) {
    if (!row.isObject()) {
      return null;
    }
    Source source = cached(sources, text(row, "source"), Source::fromCode);
    if (source == null || !FIELDS.containsKey(source) || !known(row, FIELDS.get(source))) {
      return null;
    }
    RowMeta m = meta(row, pointer);
    return m == null ? null : build(source, row, m);
  }

  private @Nullable ActivityRow build(Source source, JsonNode row, RowMeta m) {
    return switch (source) {
      case FUEL -> fuel(row, m);
      case CARBONATE -> carbonate(row, m);
      case ELECTRICITY -> electricity(row, m);
      case HEAT -> heat(row, m);
      case MINE_METHANE -> mineMethane(row, m);
      case SURFACE_METHANE, POST_MINING_METHANE -> coalMethane(row, m, source);
      case FLARE -> flare(row, m);
      default -> null;
    };
  }

  /** Every field is a meta field or one of {@code allowed}, and none is JSON null. */
  private static boolean known(JsonNode row, Set<String> allowed) {
    for (Map.Entry<String, JsonNode> e : row.properties()) {
      if (e.getValue().isNull() || !(allowed.contains(e.getKey()) || META.contains(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private @Nullable RowMeta meta(JsonNode row, String pointer) {
    Period period = cached(periods, text(row, "period"), Period::parse);
    if (period == null || wrongText(row, "id") || wrongText(row, "site")) {
      return null;
    }
    if (wrongText(row, "stage") || wrongText(row, "note") || wrongText(row, "evidence")) {
      return null;
    }
    String stageText = text(row, "stage");
    Stage stage = stageText == null ? null : cached(stages, stageText, Stage::fromCode);
    if (stageText != null && stage == null) {
      return null;
    }
    return new RowMeta(
        text(row, "id"),
        pointer,
        period,
        text(row, "site"),
        stage,
        text(row, "note"),
        text(row, "evidence"),
        null);
  }

  private @Nullable ActivityRow fuel(JsonNode row, RowMeta m) {
    String fuel = text(row, "fuel");
    Quantity q = quantity(row);
    if (fuel == null || q == null || !numbers(row, "ncv", "carbonContent", "oxidation")) {
      return null;
    }
    return new ActivityRow.Fuel(
        m, fuel, q, number(row, "ncv"), number(row, "carbonContent"), number(row, "oxidation"));
  }

  private @Nullable ActivityRow carbonate(JsonNode row, RowMeta m) {
    Quantity q = quantity(row);
    Map<String, Double> carbonates = numberMap(row.get("carbonates"));
    JsonNode f = row.get("factors");
    Map<String, Double> factors = f == null ? new LinkedHashMap<>() : numberMap(f);
    if (q == null || carbonates == null || factors == null || !numbers(row, "decomposition")) {
      return null;
    }
    return new ActivityRow.Carbonate(m, q, carbonates, number(row, "decomposition"), factors);
  }

  private @Nullable ActivityRow electricity(JsonNode row, RowMeta m) {
    Quantity q = quantity(row);
    if (q == null
        || !numbers(row, "exported", "gridFactor", "gridYear")
        || wrongText(row, "grid")) {
      return null;
    }
    Double exported = number(row, "exported");
    Double gridYear = number(row, "gridYear");
    if (gridYear != null
        && (gridYear != Math.rint(gridYear) || Math.abs(gridYear) > Integer.MAX_VALUE)) {
      return null;
    }
    return new ActivityRow.Electricity(
        m,
        q,
        exported == null ? null : new Quantity(exported, q.unit()),
        number(row, "gridFactor"),
        text(row, "grid"),
        gridYear == null ? null : gridYear.intValue());
  }

  /** Heat given as a quantity (GJ) only; steam and hot water rows take the reader. */
  private @Nullable ActivityRow heat(JsonNode row, RowMeta m) {
    Quantity q = quantity(row);
    if (q == null || !numbers(row, "exported", "factor")) {
      return null;
    }
    Double exported = number(row, "exported");
    return new ActivityRow.Heat(
        m,
        q,
        exported == null ? null : new Quantity(exported, q.unit()),
        null,
        null,
        number(row, "factor"));
  }

  private @Nullable ActivityRow mineMethane(JsonNode row, RowMeta m) {
    if (!numbers(row, "ventilation", "drainage", "flared", "utilized")) {
      return null;
    }
    Unit u = Units.TEN_K_NM3;
    if (row.has("unit")) {
      u = cached(units, text(row, "unit"), FastRows::unitStatingConditions);
      if (u == null) {
        return null;
      }
    }
    return new ActivityRow.MineMethane(
        m,
        number(row, "ventilation"),
        number(row, "drainage"),
        number(row, "flared"),
        number(row, "utilized"),
        u);
  }

  private @Nullable ActivityRow coalMethane(JsonNode row, RowMeta m, Source source) {
    Quantity q = quantity(row);
    if (q == null || !numbers(row, "factor")) {
      return null;
    }
    return new ActivityRow.CoalMethane(m, source, q, number(row, "factor"));
  }

  private @Nullable ActivityRow flare(JsonNode row, RowMeta m) {
    Quantity q = quantity(row);
    Map<String, Double> composition = numberMap(row.get("composition"));
    if (q == null || composition == null || !numbers(row, "oxidation")) {
      return null;
    }
    return new ActivityRow.Flare(m, q, composition, number(row, "oxidation"));
  }

  /** The required {@code quantity} with its required {@code unit}. */
  private @Nullable Quantity quantity(JsonNode row) {
    JsonNode v = row.get("quantity");
    Unit u = cached(units, text(row, "unit"), FastRows::unitStatingConditions);
    if (v == null || !finite(v) || u == null) {
      return null;
    }
    return new Quantity(v.doubleValue(), u);
  }

  /** Each named field absent or a finite number. */
  private static boolean numbers(JsonNode row, String... names) {
    for (String name : names) {
      JsonNode n = row.get(name);
      if (n != null && !finite(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean finite(JsonNode n) {
    return n.isNumber() && Double.isFinite(n.doubleValue());
  }

  private static @Nullable Double number(JsonNode row, String name) {
    JsonNode n = row.get(name);
    return n == null ? null : n.doubleValue();
  }

  /** A non-empty-or-empty object of finite numbers, in document order; null otherwise. */
  private static @Nullable Map<String, Double> numberMap(@Nullable JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    Map<String, Double> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!finite(e.getValue())) {
        return null;
      }
      map.put(e.getKey(), e.getValue().doubleValue());
    }
    return map;
  }

  private static @Nullable String text(JsonNode row, String name) {
    JsonNode n = row.get(name);
    return n != null && n.isString() ? n.stringValue() : null;
  }

  /** Present but not a string. */
  private static boolean wrongText(JsonNode row, String name) {
    JsonNode n = row.get(name);
    return n != null && !n.isString();
  }

  /** A unit the reader accepts without a warning (a bare m3 goes to RowReader, which warns). */
  private static Optional<Unit> unitStatingConditions(String text) {
    return Units.assumesNormalConditions(text) ? Optional.empty() : Units.find(text);
  }

  private static <T> @Nullable T cached(
      Map<String, Optional<T>> cache,
      @Nullable String text,
      java.util.function.Function<String, Optional<T>> parse) {
    if (text == null) {
      return null;
    }
    Optional<T> v = cache.get(text);
    if (v == null) {
      if (cache.size() > 10_000) {
        cache.clear();
      }
      v = parse.apply(text);
      cache.put(text, v);
    }
    return v.orElse(null);
  }
}
