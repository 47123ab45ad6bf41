package org.minecarbon.report.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import org.minecarbon.planning.plan.Category;
import tools.jackson.databind.JsonNode;

/**
 * The seed-004 path (碳减排, 碳替代, 碳封存, 碳循环) of a plan's measure: the catalogue entry's own path when
 * the measure names one ({@code "catalogue": id}, an extra field the plan editor writes), else the
 * measure's own {@code path} (an extra field of the user's own measures) when it is one of these,
 * else by category — efficiency and methane 碳减排 (seed 004 （一）: 瓦斯利用 is a reduction path),
 * substitution and clean energy 碳替代, CCUS 碳封存, restoration 碳循环 (seed 004 （四）: 矿山绿色生态修复), other 其他.
 */
public final class MeasurePaths {
  /** The four paths of seed 004, in its order, and "other". */
  public static final List<String> PATHS = List.of("碳减排", "碳替代", "碳封存", "碳循环", "其他");

  private static final Map<String, CatalogueEntry> CATALOGUE =
      MeasureCatalogue.builtIn().stream()
          .collect(Collectors.toMap(CatalogueEntry::id, Function.identity()));

  private MeasurePaths() {}

  /** The path of one measure object of a plan document. */
  public static String of(JsonNode measure) {
    CatalogueEntry entry = CATALOGUE.get(measure.path("catalogue").asString(""));
    if (entry != null) {
      return entry.path();
    }
    String own = measure.path("path").asString("");
    if (PATHS.contains(own)) {
      return own; // a measure of the user's own names its path (an extra field)
    }
    return Category.fromCode(measure.path("category").asString(""))
        .map(MeasurePaths::of)
        .orElse("其他");
  }

  static String of(Category c) {
    return switch (c) {
      case EFFICIENCY, METHANE -> "碳减排";
      case SUBSTITUTION, CLEAN_ENERGY -> "碳替代";
      case CCUS -> "碳封存";
      case RESTORATION -> "碳循环";
      case OTHER -> "其他";
    };
  }

  /** The English name of a path (for the second header row and the English UI). */
  public static String english(String path) {
    return switch (path) {
      case "碳减排" -> "Carbon reduction";
      case "碳替代" -> "Carbon substitution";
      case "碳封存" -> "Carbon storage";
      case "碳循环" -> "Carbon cycling";
      default -> "Other";
    };
  }
}
