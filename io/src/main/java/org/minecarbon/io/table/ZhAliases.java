package org.minecarbon.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;

/**
 * Chinese names of products, units and fuels in workbook cells ({@code /aliases/zh.csv}, one cited
 * row per name): 原煤 → {@code raw-coal}, 吨 → {@code t}, 柴油 → {@code diesel}. The first name of a
 * code is the one the Chinese template shows.
 */
public final class ZhAliases {
  /** The vocabularies with Chinese names. */
  public enum Kind {
    PRODUCT,
    UNIT,
    FUEL
  }

  private static final Map<Kind, Map<String, String>> TO_CODE = new LinkedHashMap<>();
  private static final Map<Kind, Map<String, String>> TO_NAME = new LinkedHashMap<>();

  static {
    for (Kind k : Kind.values()) {
      TO_CODE.put(k, new LinkedHashMap<>());
      TO_NAME.put(k, new LinkedHashMap<>());
    }
    String resource = "/aliases/zh.csv";
    try (InputStream in = ZhAliases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      for (Map<String, String> row : CsvTable.parse(in, resource).rows()) {
        Kind kind = Kind.valueOf(row.get("kind").strip().toUpperCase(java.util.Locale.ROOT));
        String alias = row.get("alias").strip();
        String code = row.get("code").strip();
        TO_CODE.get(kind).put(alias, code);
        TO_NAME.get(kind).putIfAbsent(code, alias);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ZhAliases() {}

  /** The code of a Chinese name (fuels also through core's fuel vocabulary); empty if unknown. */
  public static Optional<String> code(Kind kind, String name) {
    String s = name.strip();
    String code = TO_CODE.get(kind).get(s);
    if (code == null && kind == Kind.FUEL) {
      return Vocabulary.fuels().find(s).map(CodeEntry::code);
    }
    return Optional.ofNullable(code);
  }

  /** The Chinese name the template shows for a code; the code itself when it has none. */
  public static String name(Kind kind, String code) {
    return TO_NAME.get(kind).getOrDefault(code, code);
  }

  /** Every name → code of a kind, in file order. */
  public static Map<String, String> all(Kind kind) {
    return Map.copyOf(TO_CODE.get(kind));
  }

  /** The Chinese names of a kind's codes, one per code, in file order. */
  public static List<String> names(Kind kind) {
    return List.copyOf(TO_NAME.get(kind).values());
  }

  /** Whether the text holds a CJK character (a name, not a code). */
  public static boolean chinese(String text) {
    return text.codePoints().anyMatch(cp -> cp >= 0x2E80);
  }
}
