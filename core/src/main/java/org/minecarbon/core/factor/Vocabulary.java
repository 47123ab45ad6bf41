package org.minecarbon.core.factor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.datafile.CsvTable;

/**
 * A closed code list loaded from a data file ({@code /vocab/fuels.csv} and friends). Lookup accepts
 * the code, the Chinese or English name and listed aliases; an unknown code is an error for the
 * caller to report, never a silent default.
 */
public final class Vocabulary {
  private static final Vocabulary FUELS = load("fuels");
  private static final Vocabulary CARBONATES = load("carbonates");
  private static final Vocabulary GAS_COMPONENTS = load("gas-components");
  private static final Vocabulary GRIDS = load("grids");

  private final String name;
  private final Map<String, CodeEntry> byCode;
  private final Map<String, CodeEntry> byAlias;

  private Vocabulary(String name, Map<String, CodeEntry> byCode, Map<String, CodeEntry> byAlias) {
    this.name = name;
    this.byCode = byCode;
    this.byAlias = byAlias;
  }

  /** Fuel codes of contract §3, with NDRC names as aliases; attribute {@code basis}. */
  public static Vocabulary fuels() {
    return FUELS;
  }

  /** Carbonate formulas of contract §3. */
  public static Vocabulary carbonates() {
    return CARBONATES;
  }

  /** Components of mine gas for flaring; attribute {@code carbon} = C atoms per molecule. */
  public static Vocabulary gasComponents() {
    return GAS_COMPONENTS;
  }

  /** Grid names (national, regional, provincial) with English and Chinese aliases. */
  public static Vocabulary grids() {
    return GRIDS;
  }

  public String name() {
    return name;
  }

  public Optional<CodeEntry> find(String codeOrAlias) {
    String s = codeOrAlias.strip();
    CodeEntry t = byCode.get(s);
    return Optional.ofNullable(t != null ? t : byAlias.get(s.toLowerCase(Locale.ROOT)));
  }

  public Collection<CodeEntry> terms() {
    return byCode.values();
  }

  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  private static Vocabulary load(String name) {
    String resource = "/vocab/" + name + ".csv";
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      CsvTable t = CsvTable.parse(in, resource);
      Map<String, CodeEntry> byCode = new LinkedHashMap<>();
      Map<String, CodeEntry> byAlias = new LinkedHashMap<>();
      for (Map<String, String> row : t.rows()) {
        List<String> aliases = new ArrayList<>();
        for (String a : row.getOrDefault("aliases", "").split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
        Map<String, String> attrs = new LinkedHashMap<>(row);
        CodeEntry term =
            new CodeEntry(row.get("code"), row.get("zh"), row.get("en"), aliases, attrs);
        byCode.put(term.code(), term);
        for (String a : term.aliases()) {
          byAlias.put(a.toLowerCase(Locale.ROOT), term);
        }
        for (String a : List.of(term.code(), term.zh(), term.en())) {
          if (a != null && !a.isBlank()) {
            byAlias.putIfAbsent(a.toLowerCase(Locale.ROOT), term);
          }
        }
      }
      return new Vocabulary(
          name, java.util.Collections.unmodifiableMap(byCode), Map.copyOf(byAlias));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
