package org.minecarbon.core.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * Chooses the grid factor key of an electricity row without {@code gridFactor} (contract v1 §1.1,
 * revision 1.1): the row's {@code grid}, else {@code settings.gridDefault} (national; the region or
 * province of the row's site, else of the enterprise); the data year is {@code gridYear}, else the
 * latest published year ≤ the row's year, else the earliest (with a warning). Published years are
 * those of the national series; a grid without a value for the chosen year is an error naming what
 * is missing, never a silent older year. Caches per grid code; not thread-safe.
 */
public final class GridResolver {
  private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市");

  private final FactorLibrary library;
  private final String setId;
  private final Inventory inventory;
  private final Map<String, TreeSet<Integer>> years = new HashMap<>();

  /** The key chosen, its data year, and the warning to attach (fallback year), if any. */
  public record Choice(String key, String grid, int year, @Nullable Issue warning) {}

  public GridResolver(FactorLibrary library, String setId, Inventory inventory) {
    this.library = library;
    this.setId = setId;
    this.inventory = inventory;
  }

  /** A grid name or alias, also with its suffix 省/市/自治区 added or removed. */
  public static Optional<CodeEntry> find(String name) {
    Optional<CodeEntry> e = Vocabulary.grids().find(name);
    String s = name.strip();
    for (String suffix : SUFFIXES) {
      if (e.isEmpty() && s.endsWith(suffix) && s.length() > suffix.length()) {
        e = Vocabulary.grids().find(s.substring(0, s.length() - suffix.length()));
      }
    }
    return e;
  }

  public Result<Choice> choose(ActivityRow.Electricity r) {
    String p = r.meta().pointer();
    Result<CodeEntry> grid = r.grid() != null ? named(r.grid(), p) : byDefault(r, p);
    return switch (grid) {
      case Result.Err<CodeEntry> e -> Result.err(e.issues());
      case Result.Ok<CodeEntry> ok -> year(r, ok.value(), p);
    };
  }

  private Result<CodeEntry> named(String name, String p) {
    return find(name)
        .<Result<CodeEntry>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Issue.error(
                        Codes.UNKNOWN_GRID,
                        p + "/grid",
                        "unknown grid",
                        name,
                        "national, a region (华北, 东北, 华东, 华中, 西北, 南方, 西南) or a province")));
  }

  private Result<CodeEntry> byDefault(ActivityRow.Electricity r, String p) {
    GridDefault mode = inventory.settings().effectiveGridDefault();
    if (mode == GridDefault.NATIONAL) {
      return named("national", p);
    }
    String province = province(r);
    Optional<CodeEntry> entry = province == null ? Optional.empty() : find(province);
    if (entry.isEmpty() || !entry.get().attribute("level").equals("provincial")) {
      return Result.err(
          Issue.error(
              Codes.UNKNOWN_GRID,
              p,
              "settings.gridDefault is "
                  + mode.code()
                  + " but "
                  + (province == null
                      ? "neither the row's site nor the enterprise names a province"
                      : "the province is not known"),
              province == null ? "" : province,
              "a province (e.g. 山西 or 山西省) on the site or enterprise, or grid/gridFactor on"
                  + " the row"));
    }
    if (mode == GridDefault.PROVINCE) {
      return Result.ok(entry.get());
    }
    String region = entry.get().attribute("region");
    if (region.isBlank()) {
      return Result.err(
          Issue.error(
              Codes.UNKNOWN_GRID,
              p,
              entry.get().en()
                  + " belongs to more than one regional grid (Mengxi: North China, Mengdong:"
                  + " Northeast China)",
              province,
              "grid north-china or northeast-china on the row"));
    }
    return named(region, p);
  }

  private @Nullable String province(ActivityRow.Electricity r) {
    String siteId = r.meta().site();
    List<Site> sites = inventory.sites();
    for (Site s : sites) {
      boolean mine = siteId == null ? sites.size() == 1 : s.id().equals(siteId);
      if (mine && s.province() != null && !s.province().isBlank()) {
        return s.province();
      }
    }
    String e = inventory.enterprise().province();
    return e == null || e.isBlank() ? null : e;
  }

  private Result<Choice> year(ActivityRow.Electricity r, CodeEntry grid, String p) {
    TreeSet<Integer> own = years(grid.code());
    TreeSet<Integer> published = new TreeSet<>(years("national"));
    published.addAll(own);
    String name = grid.en().isBlank() ? grid.code() : grid.en();
    if (own.isEmpty()) {
      return Result.err(
          Issue.error(
              Codes.UNKNOWN_GRID,
              p + "/grid",
              "factor set " + setId + " has no grid factor for " + name + " in any year",
              grid.zh(),
              "a grid with published factors, or a gridFactor on the row"));
    }
    int wanted = r.gridYear() != null ? r.gridYear() : r.meta().period().year();
    Integer floor = published.floor(wanted);
    if (floor != null && r.gridYear() != null && !own.contains(wanted)) {
      return Result.err(
          Issue.error(
              Codes.MISSING_FACTOR,
              p + "/gridYear",
              "no " + name + " grid factor for " + wanted + " in factor set " + setId,
              wanted,
              "one of " + own + ", or a gridFactor on the row"));
    }
    if (floor == null) {
      String where = p + (r.gridYear() != null ? "/gridYear" : "");
      return choice(grid, own.first(), earliest(where, wanted, name, own.first()));
    }
    if (!own.contains(floor)) {
      Integer older = own.floor(floor);
      int used = older != null ? older : own.first();
      return choice(grid, used, notShipped(p, name, floor, wanted, used));
    }
    return choice(grid, floor, null);
  }

  private static Result<Choice> choice(CodeEntry grid, int year, @Nullable Issue warning) {
    return Result.ok(new Choice("grid." + grid.code() + "." + year, grid.zh(), year, warning));
  }

  /** A year before the first published one takes the earliest. */
  private static Issue earliest(String pointer, int wanted, String name, int year) {
    return Issue.warning(
        Codes.GRID_YEAR_FALLBACK,
        pointer,
        "no grid factor published for "
            + wanted
            + " or earlier; using "
            + name
            + " "
            + year
            + ", the earliest");
  }

  /** A published year whose value this set does not ship: an older year, never silently. */
  private Issue notShipped(String p, String name, int year, int wanted, int used) {
    return Issue.warning(
        Codes.GRID_YEAR_FALLBACK,
        p,
        "the "
            + year
            + " factor of "
            + name
            + " (the latest published year ≤ "
            + wanted
            + ") is not in factor set "
            + setId
            + "; using its "
            + used
            + " factor. Give gridFactor from the "
            + year
            + " announcement to use it");
  }

  /** Data years of a grid in the set (own and inherited keys {@code grid.<code>.<year>}). */
  public TreeSet<Integer> years(String code) {
    return years.computeIfAbsent(
        code,
        c -> {
          TreeSet<Integer> out = new TreeSet<>();
          String prefix = "grid." + c + ".";
          for (String key : library.effective(setId).keySet()) {
            if (key.startsWith(prefix) && key.substring(prefix.length()).matches("\\d{4}")) {
              out.add(Integer.parseInt(key.substring(prefix.length())));
            }
          }
          return out;
        });
  }
}
