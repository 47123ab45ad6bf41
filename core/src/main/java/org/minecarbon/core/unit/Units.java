package org.minecarbon.core.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.datafile.CsvTable;

/**
 * The closed vocabulary of units, loaded from {@code /units.csv}: symbol, dimension, factor to
 * base, and accepted aliases (Chinese names among them). An unknown unit is an error, never a
 * silent zero.
 */
public final class Units {
  private static final Units STANDARD = load();

  public static final Unit T = STANDARD.require("t");
  public static final Unit KG = STANDARD.require("kg");
  public static final Unit NM3 = STANDARD.require("Nm3");
  public static final Unit TEN_K_NM3 = STANDARD.require("10^4Nm3");
  public static final Unit GJ = STANDARD.require("GJ");
  public static final Unit MWH = STANDARD.require("MWh");
  public static final Unit KWH = STANDARD.require("kWh");
  public static final Unit TCO2 = STANDARD.require("tCO2");
  public static final Unit TCO2E = STANDARD.require("tCO2e");
  public static final Unit HA = STANDARD.require("ha");

  private final Map<String, Unit> bySymbol;
  private final Map<String, Unit> byAlias;

  private Units(Map<String, Unit> bySymbol, Map<String, Unit> byAlias) {
    this.bySymbol = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySymbol));
    this.byAlias = Map.copyOf(byAlias);
  }

  public static Units standard() {
    return STANDARD;
  }

  /** Finds a unit by symbol or alias (exact match, then case-insensitive on aliases). */
  public static Optional<Unit> find(String symbolOrAlias) {
    return STANDARD.lookup(symbolOrAlias);
  }

  /**
   * True when a written unit is a gas volume that does not state normal conditions ({@code m3},
   * {@code 万立方米}, {@code 10^4m3}): it is taken as Nm3 (0 °C, 101.325 kPa), which the reader reports
   * as a warning so that a volume measured at line conditions is converted first.
   */
  public static boolean assumesNormalConditions(String written) {
    Optional<Unit> u = find(written);
    String s = written.strip();
    return u.isPresent()
        && u.get().dimension() == Dimension.GAS_VOLUME
        && !s.contains("N")
        && !s.contains("标");
  }

  public Optional<Unit> lookup(String symbolOrAlias) {
    String s = symbolOrAlias.strip();
    Unit u = bySymbol.get(s);
    if (u == null) {
      u = byAlias.get(s.toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.ofNullable(u);
  }

  public Unit require(String symbol) {
    return lookup(symbol).orElseThrow(() -> new IllegalArgumentException("unknown unit " + symbol));
  }

  public Collection<Unit> all() {
    return bySymbol.values();
  }

  /** Symbols of one dimension, for error messages ("expected one of t, kg"). */
  public List<String> symbols(Dimension dimension) {
    return bySymbol.values().stream()
        .filter(u -> u.dimension() == dimension)
        .sorted(java.util.Comparator.comparingDouble(Unit::toBase).reversed())
        .map(Unit::symbol)
        .toList();
  }

  private static Units load() {
    try (InputStream in = Units.class.getResourceAsStream("/units.csv")) {
      if (in == null) {
        throw new IllegalStateException("units.csv missing from the class path");
      }
      CsvTable table = CsvTable.parse(in, "units.csv");
      Map<String, Unit> bySymbol = new LinkedHashMap<>();
      Map<String, Unit> byAlias = new LinkedHashMap<>();
      for (Map<String, String> row : table.rows()) {
        Dimension dim =
            Dimension.fromCode(row.get("dimension"))
                .orElseThrow(() -> new IllegalStateException("bad dimension in units.csv " + row));
        Unit unit = new Unit(row.get("symbol"), dim, Double.parseDouble(row.get("toBase")));
        bySymbol.put(unit.symbol(), unit);
        byAlias.put(unit.symbol().toLowerCase(java.util.Locale.ROOT), unit);
        String aliases = row.getOrDefault("aliases", "");
        for (String alias : aliases.split("\\|")) {
          if (!alias.isBlank()) {
            byAlias.put(alias.strip().toLowerCase(java.util.Locale.ROOT), unit);
          }
        }
      }
      return new Units(bySymbol, byAlias);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
