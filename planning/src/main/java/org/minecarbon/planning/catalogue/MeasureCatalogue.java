package org.minecarbon.planning.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.planning.plan.Category;

/** The built-in measure catalogue and target templates, read from {@code /catalogue/*.csv}. */
public final class MeasureCatalogue {
  private static final String RESOURCE = "/catalogue/measures.csv";

  private MeasureCatalogue() {}

  public static List<CatalogueEntry> builtIn() {
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the class path");
      }
      List<CatalogueEntry> out = new ArrayList<>();
      for (Map<String, String> r : CsvTable.parse(in, RESOURCE).rows()) {
        out.add(entry(r));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in target templates, read from {@code /catalogue/targets.csv}. */
  public static List<TargetTemplate> targetTemplates() {
    String resource = "/catalogue/targets.csv";
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      return CsvTable.parse(in, resource).rows().stream()
          .map(
              r ->
                  new TargetTemplate(
                      r.get("id"), r.get("zh"), r.get("en"), r.get("targets"), r.get("source")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogueEntry entry(Map<String, String> r) {
    String cat = r.get("category");
    return new CatalogueEntry(
        r.get("id"),
        r.get("zh"),
        r.get("en"),
        Category.fromCode(cat)
            .orElseThrow(() -> new IllegalStateException("unknown category " + cat)),
        r.get("path"),
        r.get("effect"),
        number(r.get("fraction")),
        number(r.get("costLow")),
        number(r.get("costHigh")),
        r.get("costUnit"),
        r.get("costYear"),
        r.get("applicability"),
        r.get("source"));
  }

  private static @Nullable Double number(@Nullable String s) {
    return s == null || s.isBlank() ? null : Double.valueOf(s);
  }
}
