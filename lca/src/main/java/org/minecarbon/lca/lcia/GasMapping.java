package org.minecarbon.lca.lcia;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.lca.model.Flow;

/**
 * The reviewed mapping of elementary flows to greenhouse gases ({@code gwp-flows.csv}): by @id,
 * then CAS, then normalised name. Only emissions to air are mapped (category path containing
 * "air"); other compartments never carry a GWP.
 */
public final class GasMapping {
  /** A mapped gas; {@code gas} is empty for a flow deliberately left uncharacterised. */
  public record Gas(String gas, boolean fossil, String citation) {}

  private static final GasMapping STANDARD = load();
  private final Map<String, Gas> byId;
  private final Map<String, Gas> byCas;
  private final Map<String, Gas> byName;

  private GasMapping(Map<String, Gas> byId, Map<String, Gas> byCas, Map<String, Gas> byName) {
    this.byId = Map.copyOf(byId);
    this.byCas = Map.copyOf(byCas);
    this.byName = Map.copyOf(byName);
  }

  public static GasMapping standard() {
    return STANDARD;
  }

  /** The gas of an elementary flow emitted to air, if the mapping knows it. */
  public Optional<Gas> gasOf(Flow flow) {
    if (!flow.isElementary() || !isAir(flow.category())) {
      return Optional.empty();
    }
    Gas g = byId.get(flow.id());
    if (g == null && !flow.cas().isBlank()) {
      g = byCas.get(normalizeCas(flow.cas()));
    }
    if (g == null) {
      g = byName.get(normalizeName(flow.name()));
    }
    return Optional.ofNullable(g);
  }

  static boolean isAir(String category) {
    String c = category.toLowerCase(Locale.ROOT);
    return c.contains("air") && !c.contains("resource");
  }

  static String normalizeCas(String cas) {
    String s = cas.strip();
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  static String normalizeName(String name) {
    String s = name.replaceAll("\\s*\\[[^\\]]*\\]\\s*$", "");
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static GasMapping load() {
    String file = "gwp-flows.csv";
    try (InputStream in = GasMapping.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " missing from the class path");
      }
      Map<String, Gas> id = new HashMap<>();
      Map<String, Gas> cas = new HashMap<>();
      Map<String, Gas> name = new HashMap<>();
      for (Map<String, String> row : CsvTable.parse(in, file).rows()) {
        String gas = row.get("gas").equals("-") ? "" : row.get("gas");
        Gas g = new Gas(gas, Boolean.parseBoolean(row.get("fossil")), row.get("citation"));
        switch (row.get("match")) {
          case "id" -> id.put(row.get("key"), g);
          case "cas" -> cas.put(normalizeCas(row.get("key")), g);
          case "name" -> name.put(normalizeName(row.get("key")), g);
          default -> throw new IllegalStateException(file + ": bad match " + row.get("match"));
        }
      }
      return new GasMapping(id, cas, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
