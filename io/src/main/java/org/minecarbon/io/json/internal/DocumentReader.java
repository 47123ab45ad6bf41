package org.minecarbon.io.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Inventory;
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
    Fields f = new Fields(text);
    if (!f.isObject(root, "")) {
      return Result.err(f.issues());
    }
    format(f, root);
    Enterprise enterprise = enterprise(f, root);
    Settings settings = settings(f, root);
    ActivityReader activities = new ActivityReader(f);
    SinkReader sinks = new SinkReader(f);
    List<Site> siteList = list(f, root, "sites", sinks::site);
    List<ActivityRow> activityList = list(f, root, "activities", activities::read);
    List<SinkRow> sinkList = list(f, root, "sinks", sinks::read);
    List<ProductionRow> production = list(f, root, "production", sinks::production);
    if (f.errors() > 0) {
      return Result.err(f.issues());
    }
    return Result.ok(
        new Inventory(enterprise, settings, siteList, activityList, sinkList, production),
        f.issues());
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
    return new Settings(gwp, factorSet);
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
}
