package org.minecarbon.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.text.Lang;

/**
 * The report's names of free-text codes (site commodity, product) and the formulas in words per
 * source, read from {@code /report/names.csv} and {@code /report/formulas.csv} (a citation per
 * row).
 */
public final class Texts {
  private static final Map<String, List<String>> NAMES = load("/report/names.csv", "kind", "code");
  private static final Map<String, List<String>> FORMULAS =
      load("/report/formulas.csv", "", "source");

  private Texts() {}

  /** A site's commodity ({@code coal} → 煤炭); the text as written when it is no known code. */
  public static String commodity(@Nullable String code, Lang lang) {
    return name("commodity", code, lang);
  }

  /** A product ({@code raw-coal} → 原煤); the text as written when it is no known code. */
  public static String product(@Nullable String code, Lang lang) {
    return name("product", code, lang);
  }

  private static String name(String kind, @Nullable String code, Lang lang) {
    if (code == null) {
      return "";
    }
    List<String> zhEn = NAMES.get(kind + ":" + code.strip());
    return zhEn == null ? code : lang.pick(zhEn.get(0), zhEn.get(1));
  }

  /** The source's name ({@code mine-methane} → 井工开采CH4逃逸); the code when unknown. */
  public static String source(String code, Lang lang) {
    return Source.fromCode(code).map(lang::label).orElse(code);
  }

  /** The formula of a source in words, or the engine's formula when the file has none. */
  public static String formula(String source, String engineFormula, Lang lang) {
    List<String> zhEn = FORMULAS.get(source);
    return zhEn == null ? engineFormula : lang.pick(zhEn.get(0), zhEn.get(1));
  }

  private static Map<String, List<String>> load(String resource, String kind, String key) {
    try (InputStream in = Texts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      Map<String, List<String>> map = new HashMap<>();
      for (Map<String, String> row : CsvTable.parse(in, resource).rows()) {
        String k = kind.isEmpty() ? row.get(key) : row.get(kind) + ":" + row.get(key);
        map.put(k, List.of(row.get("zh"), row.get("en")));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
