package org.minecarbon.io.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.GridDefault;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import tools.jackson.databind.JsonNode;

/**
 * Maps an inventory document v1 tree to the core model. Structural checks only (types, required
 * fields, codes, units, periods, finiteness); every problem is collected and nothing is returned
 * from a document with an error. Unknown extra fields are ignored, as the contract requires.
 */
public final class DocumentReader {
  private static final List<String> GWP_CODES =
      java.util.Arrays.stream(GwpSet.values()).map(GwpSet::name).toList();

  private DocumentReader() {}

  /**
   * @param text true when the tree comes from a workbook or CSV files (all leaves are strings)
   */
  public static Result<Inventory> read(JsonNode root, boolean text) {
    return read(root, text, List.of());
  }

  /**
   * @param prior errors already found while building the tree (workbook cells); they make the
   *     document invalid and suppress semantic issues at the same places
   */
  public static Result<Inventory> read(JsonNode root, boolean text, List<Issue> prior) {
    Fields f = new Fields(text);
    if (!f.isObject(root, "")) {
      return Result.err(f.issues());
    }
    format(f, root);
    Enterprise enterprise = enterprise(f, root);
    Settings settings = settings(f, root);
    List<ActivityRow> partialActivities = new ArrayList<>();
    List<SinkRow> partialSinks = new ArrayList<>();
    List<ProductionRow> partialProduction = new ArrayList<>();
    ActivityReader activities = new ActivityReader(f, partialActivities);
    SinkReader sinks = new SinkReader(f, partialSinks, partialProduction);
    List<Site> siteList = list(f, root, "sites", sinks::site);
    List<ActivityRow> activityList = list(f, root, "activities", activities::read);
    List<SinkRow> sinkList = list(f, root, "sinks", sinks::read);
    List<ProductionRow> production = list(f, root, "production", sinks::production);
    Inventory inventory =
        new Inventory(
            enterprise == null ? new Enterprise("", null, null, null) : enterprise,
            settings,
            siteList,
            activityList,
            sinkList,
            production);
    boolean priorErrors = prior.stream().anyMatch(Issue::isError);
    if (f.errors() > 0 || priorErrors) {
      List<Issue> structural = new ArrayList<>(prior);
      structural.addAll(f.issues());
      List<Issue> all = new ArrayList<>(f.issues());
      Inventory partial =
          new Inventory(
              inventory.enterprise(),
              settings,
              siteList,
              partialActivities,
              partialSinks,
              partialProduction);
      all.addAll(semanticIssuesOfParsedRows(partial, structural));
      if (all.stream().noneMatch(Issue::isError)) {
        all.addAll(0, prior.stream().filter(Issue::isError).toList()); // only the cells were wrong
      }
      return Result.err(all);
    }
    return Result.ok(inventory, f.issues());
  }

  /**
   * So that one run lists every problem, every row that could be built — also one with an invalid
   * period, stage or unit — is checked semantically (unknown fuel or gas, negative quantity,
   * duplicate id, a grid factor that is not published, …), each field on its own. A semantic issue
   * at a field that already has a structural one is not repeated. Issues that could be artefacts of
   * sites left out, an empty document or a user factor set not known here are not reported in this
   * pass; they come after the structural errors are fixed.
   */
  private static List<Issue> semanticIssuesOfParsedRows(Inventory partial, List<Issue> structural) {
    boolean sitesBroken = structural.stream().anyMatch(i -> i.pointer().startsWith("/sites"));
    java.util.Set<String> skip =
        new java.util.HashSet<>(List.of(Codes.EMPTY_DOCUMENT, Codes.UNKNOWN_FACTOR_SET));
    if (sitesBroken) {
      skip.addAll(List.of(Codes.UNKNOWN_SITE, Codes.SITE_REQUIRED));
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : InventoryValidator.validate(partial, FactorLibrary.builtIn())) {
      boolean overlaps = structural.stream().anyMatch(s -> overlap(s.pointer(), i.pointer()));
      if (!skip.contains(i.code()) && !overlaps) {
        out.add(i);
      }
    }
    return out;
  }

  private static void format(Fields f, JsonNode root) {
    String format = f.string(root, "", "format", true);
    if (format != null && !Inventory.FORMAT.equals(format.strip())) {
      f.add(
          Issue.error(
              Codes.UNKNOWN_FORMAT,
              "/format",
              "not an inventory document v1",
              format,
              Inventory.FORMAT));
    }
  }

  private static @Nullable Enterprise enterprise(Fields f, JsonNode root) {
    JsonNode e = f.object(root, "", "enterprise", true);
    if (e == null) {
      return null;
    }
    String p = "/enterprise";
    String name = f.string(e, p, "name", false);
    String creditCode = f.string(e, p, "creditCode", false);
    Industry industry =
        f.code(e, p, "industry", false, Industry::fromCode, Industry.codes(), Codes.UNKNOWN_CODE);
    String province = f.string(e, p, "province", false);
    return new Enterprise(name == null ? "" : name, creditCode, industry, province);
  }

  private static Settings settings(Fields f, JsonNode root) {
    JsonNode s = f.object(root, "", "settings", false);
    if (s == null) {
      return Settings.DEFAULT;
    }
    GwpSet gwp =
        f.code(s, "/settings", "gwp", false, GwpSet::fromCode, GWP_CODES, Codes.UNKNOWN_CODE);
    String factorSet = f.string(s, "/settings", "factorSet", false);
    GridDefault grid =
        f.code(
            s,
            "/settings",
            "gridDefault",
            false,
            GridDefault::fromCode,
            GridDefault.codes(),
            Codes.UNKNOWN_CODE);
    return new Settings(gwp, factorSet, grid);
  }

  private static <T> List<T> list(
      Fields f, JsonNode root, String name, BiFunction<JsonNode, String, @Nullable T> reader) {
    JsonNode a = f.array(root, "", name, false);
    List<T> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      T item = reader.apply(a.get(i), "/" + name + "/" + i);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * The same field, or one inside the other: a semantic issue there would repeat a structural one.
   */
  private static boolean overlap(String a, String b) {
    return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
  }
}
