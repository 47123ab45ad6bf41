package org.minecarbon.core.gas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minecarbon.core.datafile.CsvTable;

/**
 * GWP-100 values by gas and assessment report, from {@code /gwp.csv}. Fossil CH4 is a separate
 * entry: under AR6 coal-mine methane uses 29.8 (fossil) instead of 27.0.
 */
public final class GwpTable {
  private static final GwpTable STANDARD = load();

  private final Map<String, Gwp> values;
  private final Set<String> gases;

  private GwpTable(Map<String, Gwp> values, Set<String> gases) {
    this.values = Map.copyOf(values);
    this.gases = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(gases));
  }

  public static GwpTable standard() {
    return STANDARD;
  }

  /** Canonical gas code for a user spelling ({@code ch4}, {@code HFC134a}), if known. */
  public Optional<String> canonicalGas(String code) {
    String norm = normalize(code);
    return gases.stream().filter(g -> normalize(g).equals(norm)).findFirst();
  }

  public Set<String> gases() {
    return gases;
  }

  /**
   * The GWP of a gas under a set. When {@code fossil} is requested and the set has a fossil variant
   * (CH4 in AR5/AR6), that variant is returned; otherwise the single value.
   */
  public Optional<Gwp> lookup(String gas, GwpSet set, boolean fossil) {
    String canonical = canonicalGas(gas).orElse(gas);
    if (fossil) {
      Gwp f = values.get(key(canonical, set, true));
      if (f != null) {
        return Optional.of(f);
      }
    }
    return Optional.ofNullable(values.get(key(canonical, set, false)));
  }

  private static String key(String gas, GwpSet set, boolean fossil) {
    return gas + "|" + set + "|" + fossil;
  }

  private static String normalize(String gas) {
    return gas.strip()
        .toUpperCase(java.util.Locale.ROOT)
        .replace("-", "")
        .replace("₂", "2")
        .replace("₄", "4")
        .replace("₆", "6");
  }

  private static GwpTable load() {
    try (InputStream in = GwpTable.class.getResourceAsStream("/gwp.csv")) {
      if (in == null) {
        throw new IllegalStateException("gwp.csv missing from the class path");
      }
      CsvTable table = CsvTable.parse(in, "gwp.csv");
      Map<String, Gwp> values = new LinkedHashMap<>();
      Set<String> gases = new LinkedHashSet<>();
      for (Map<String, String> row : table.rows()) {
        String gas = row.get("gas");
        boolean fossil = Boolean.parseBoolean(row.get("fossil"));
        gases.add(gas);
        for (GwpSet set : GwpSet.values()) {
          String text = row.get(set.name());
          if (text == null || text.isBlank()) {
            continue;
          }
          Gwp gwp =
              new Gwp(
                  gas,
                  set,
                  fossil,
                  Double.parseDouble(text),
                  row.get("citation_" + set.name()),
                  row.get("confidence_" + set.name()));
          values.put(key(gas, set, fossil), gwp);
        }
      }
      return new GwpTable(values, gases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
