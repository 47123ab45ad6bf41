package org.minecarbon.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.TargetTemplate;

/** The measure catalogue as terminal text, one block per entry. */
final class CatalogueText {
  private CatalogueText() {}

  static List<String> render(List<CatalogueEntry> entries) {
    List<String> out = new ArrayList<>();
    for (CatalogueEntry e : entries) {
      out.add(
          e.id()
              + "  "
              + e.zh()
              + " / "
              + e.en()
              + "  ["
              + e.category().code()
              + ", "
              + e.path()
              + "]");
      out.add("  effect: " + e.effect());
      if (e.fraction() != null) {
        out.add(String.format(Locale.ROOT, "  figure: %.2f", e.fraction()));
      }
      if (e.costLow() != null && e.costHigh() != null) {
        out.add(
            String.format(
                Locale.ROOT,
                "  cost: %s–%s %s",
                trim(e.costLow()),
                trim(e.costHigh()),
                e.costUnit()));
      }
      out.add("  applies to: " + e.applicability());
      out.add("  source: " + e.source());
    }
    return out;
  }

  static List<String> targets(List<TargetTemplate> templates) {
    List<String> out = new ArrayList<>();
    out.add("target templates:");
    for (TargetTemplate t : templates) {
      out.add(t.id() + "  " + t.zh() + " / " + t.en() + ": " + t.targets());
      out.add("  source: " + t.source());
    }
    return out;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
