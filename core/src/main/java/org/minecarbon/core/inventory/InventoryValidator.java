package org.minecarbon.core.inventory;

import static org.minecarbon.core.unit.Dimension.AREA;
import static org.minecarbon.core.unit.Dimension.CO2E;
import static org.minecarbon.core.unit.Dimension.MASS;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.internal.ActivityChecks;
import org.minecarbon.core.inventory.internal.Checks;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;

/**
 * Semantic validation of an inventory (contract v1): references, codes, units, signs, fractions and
 * consistency. Reports every problem with its JSON Pointer; structural problems (wrong JSON types,
 * unknown units) are the readers' job.
 */
public final class InventoryValidator {
  private InventoryValidator() {}

  public static List<Issue> validate(Inventory inv, FactorLibrary library) {
    Checks c = new Checks();
    String set = inv.settings().effectiveFactorSet();
    if (library.set(set).isEmpty()) {
      c.add(
          Issue.error(
              Codes.UNKNOWN_FACTOR_SET,
              "/settings/factorSet",
              "unknown factor set",
              set,
              "one of " + String.join(", ", library.sets().stream().map(s -> s.id()).toList())));
    }
    Set<String> siteIds = sites(inv, c);
    boolean setKnown = library.set(set).isPresent();
    GridResolver grids = new GridResolver(library, set, inv);
    if (inv.activities().isEmpty() && inv.sinks().isEmpty()) {
      c.add(
          Issue.error(
              Codes.EMPTY_DOCUMENT,
              "/activities",
              "the document has no emission or sink rows; nothing to calculate",
              "",
              "at least one row in activities or sinks"));
    }
    Map<String, String> ids = new HashMap<>();
    ActivityChecks activities = new ActivityChecks(c);
    for (ActivityRow row : inv.activities()) {
      meta(row.meta(), siteIds, ids, c, true);
      activities.check(row);
      if (setKnown && row instanceof ActivityRow.Electricity e && needsGrid(e)) {
        c.issues().addAll(grids.choose(e).issues()); // a missing factor is an input problem too
      }
    }
    for (SinkRow row : inv.sinks()) {
      meta(row.meta(), siteIds, ids, c, false);
      sink(row, activities, c);
    }
    for (ProductionRow row : inv.production()) {
      meta(row.meta(), siteIds, ids, c, false);
      String p = row.meta().pointer();
      if (row.product() == null || row.product().isBlank()) {
        c.add(
            Issue.error(
                Codes.REQUIRED, p + "/product", "product is required", "", "a product name"));
      }
      c.quantity(row.quantity(), p + "/quantity", MASS);
    }
    return List.copyOf(c.issues());
  }

  /**
   * A row that takes its factor from the grid tables (a row kept with an invalid period does not).
   */
  private static boolean needsGrid(ActivityRow.Electricity e) {
    return e.gridFactor() == null && e.meta().period() != null;
  }

  private static Set<String> sites(Inventory inv, Checks c) {
    Set<String> ids = new LinkedHashSet<>();
    for (Site s : inv.sites()) {
      if (s.id().isBlank()) {
        c.add(Issue.error(Codes.REQUIRED, s.pointer() + "/id", "site id is required", "", "an id"));
      } else if (!ids.add(s.id())) {
        c.add(
            Issue.error(
                Codes.DUPLICATE_ID,
                s.pointer() + "/id",
                "duplicate site id",
                s.id(),
                "unique ids"));
      }
    }
    return ids;
  }

  /**
   * @param activity true for an emission row, which must name its site in a multi-site document;
   *     sink and production rows may omit it (enterprise-level rows, contract revision 1.1)
   */
  private static void meta(
      RowMeta m, Set<String> siteIds, Map<String, String> ids, Checks c, boolean activity) {
    if (m.site() == null) {
      if (activity && siteIds.size() != 1) {
        c.add(
            Issue.error(
                Codes.SITE_REQUIRED,
                m.pointer() + "/site",
                "site is required when the document does not have exactly one site",
                "",
                "one of " + String.join(", ", siteIds)));
      }
    } else if (!siteIds.contains(m.site())) {
      c.add(
          Issue.error(
              Codes.UNKNOWN_SITE,
              m.pointer() + "/site",
              "no site with this id",
              m.site(),
              "one of " + String.join(", ", siteIds)));
    }
    text(m.note(), m.pointer() + "/note", c);
    text(m.evidence(), m.pointer() + "/evidence", c);
    if (m.id() != null && !m.id().isBlank()) {
      String previous = ids.putIfAbsent(m.id(), m.pointer());
      if (previous != null) {
        c.add(
            Issue.error(
                Codes.DUPLICATE_ID,
                m.pointer() + "/id",
                "row id already used at " + previous,
                m.id(),
                "unique row ids"));
      }
    }
  }

  private static void sink(SinkRow row, ActivityChecks activities, Checks c) {
    String p = row.meta().pointer();
    switch (row) {
      case SinkRow.Carbonation r -> {
        c.quantity(r.quantity(), p + "/quantity", MASS);
        activities.carbonates(r.carbonates(), r.factors(), p);
      }
      case SinkRow.Utilization r -> c.quantity(r.quantity(), p + "/quantity", MASS, CO2E);
      case SinkRow.Storage r -> {
        c.quantity(r.captured(), p + "/captured", MASS, CO2E);
        c.quantity(r.losses(), p + "/losses", MASS, CO2E);
        if (r.losses() != null
            && r.captured() != null
            && r.losses().inBase() > r.captured().inBase()) {
          c.add(
              Issue.error(
                  Codes.LOSSES_EXCEED_CAPTURED,
                  p + "/losses",
                  "losses exceed the CO2 captured",
                  r.losses().inBase(),
                  "≤ " + r.captured().inBase()));
        }
      }
      case SinkRow.Vegetation r -> vegetation(r, p, c);
      case SinkRow.Allowance r -> c.quantity(r.quantity(), p + "/quantity", CO2E, MASS);
    }
  }

  private static void vegetation(SinkRow.Vegetation r, String p, Checks c) {
    boolean byQuantity = r.quantity() != null;
    boolean byArea = r.area() != null || r.rate() != null;
    if (byQuantity && byArea) {
      c.add(
          Issue.error(
              Codes.CONFLICTING_FIELDS,
              p,
              "give either quantity or area × rate, not both",
              "",
              "quantity (tCO2) or area (ha) and rate (tCO2/ha/yr)"));
    } else if (!byQuantity && !byArea) {
      c.add(
          Issue.error(
              Codes.REQUIRED,
              p + "/quantity",
              "vegetation needs quantity or area and rate",
              "",
              "quantity (tCO2) or area (ha) and rate (tCO2/ha/yr)"));
    } else if (byArea) {
      c.required(r.area(), p + "/area", "area (ha)");
      c.required(r.rate(), p + "/rate", "rate (tCO2/ha/yr)");
      c.quantity(r.area(), p + "/area", AREA);
      c.number(r.rate(), p + "/rate");
    }
    c.quantity(r.quantity(), p + "/quantity", CO2E, MASS);
  }

  /**
   * Longest note or evidence text: 32,767 characters, the most one spreadsheet cell holds, so that
   * every row can go into the guideline workbook unchanged (issue 11: a 90,000-character note broke
   * the XLSX export).
   */
  public static final int MAX_TEXT = 32_767;

  private static void text(@Nullable String value, String pointer, Checks c) {
    if (value != null && value.length() > MAX_TEXT) {
      c.add(
          Issue.error(
              Codes.TEXT_TOO_LONG,
              pointer,
              "text longer than a spreadsheet cell holds",
              value.length() + " characters",
              "at most " + MAX_TEXT + " characters"));
    }
  }
}
