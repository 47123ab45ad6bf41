package org.minecarbon.io.footprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.io.footprint.internal.Reads;
import org.minecarbon.lca.footprint.MaterialRow;
import tools.jackson.databind.JsonNode;

/**
 * What a footprint reads from an inventory document beyond inventory v1 (extra fields a v1 reader
 * ignores): {@code price} on {@code production[]} rows (per tonne, any one currency) and a {@code
 * materials[]} array of purchased materials:
 *
 * <pre>
 * "materials": [ { "id": "explosives-2024", "period": "2024", "site": "pit", "stage": "mining",
 *                  "material": "explosives", "quantity": 420, "unit": "t" } ]
 * </pre>
 *
 * Material rows carry the common row fields (id, period, site, stage, note, evidence); the site
 * must exist, and is required in a multi-site document, as on activity rows.
 *
 * @param prices price per tonne by production row pointer ({@code /production/2})
 */
public record FootprintInputs(Map<String, Double> prices, List<MaterialRow> materials) {
  public FootprintInputs {
    prices = Map.copyOf(prices);
    materials = List.copyOf(materials);
  }

  /** No prices, no materials (a workbook or CSV document, which has no such columns). */
  public static FootprintInputs none() {
    return new FootprintInputs(Map.of(), List.of());
  }

  /** Reads the extensions of the document tree that {@code inventory} was read from. */
  public static Result<FootprintInputs> read(JsonNode root, Inventory inventory) {
    Reads r = new Reads();
    Map<String, Double> prices = new HashMap<>();
    JsonNode production = root.path("production");
    for (int i = 0; i < production.size(); i++) {
      JsonNode row = production.get(i);
      String p = "/production/" + i;
      Double price = row.isObject() ? r.number(row, p, "price", false, false) : null;
      if (price != null) {
        prices.put(p, price);
      }
    }
    List<MaterialRow> materials = new ArrayList<>();
    JsonNode array = root.get("materials");
    if (array != null && !array.isArray()) {
      r.add(
          Issue.error(
              Codes.WRONG_TYPE, "/materials", "must be an array", Reads.show(array), "[…]"));
    } else if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        MaterialRow m = material(r, array.get(i), "/materials/" + i, inventory);
        if (m != null) {
          materials.add(m);
        }
      }
    }
    FootprintInputs inputs = new FootprintInputs(prices, materials);
    return r.errors() > 0 ? Result.err(r.issues()) : Result.ok(inputs, r.issues());
  }

  private static @Nullable MaterialRow material(Reads r, JsonNode n, String p, Inventory inv) {
    if (!n.isObject()) {
      r.add(
          Issue.error(
              Codes.WRONG_TYPE, p, "a material row must be an object", Reads.show(n), "{…}"));
      return null;
    }
    int before = r.errors();
    RowMeta meta = meta(r, n, p, inv);
    String material = r.text(n, p, "material", true);
    Double quantity = r.number(n, p, "quantity", true, false);
    Unit unit = r.unit(n, p, "unit");
    if (r.errors() > before
        || meta == null
        || material == null
        || quantity == null
        || unit == null) {
      return null;
    }
    return new MaterialRow(meta, material, new Quantity(quantity, unit));
  }

  private static @Nullable RowMeta meta(Reads r, JsonNode n, String p, Inventory inv) {
    String id = r.text(n, p, "id", false);
    Period period = period(r, n, p);
    String site = site(r, n, p, inv);
    Stage stage = stage(r, n, p);
    String note = r.text(n, p, "note", false);
    String evidence = r.text(n, p, "evidence", false);
    return period == null ? null : new RowMeta(id, p, period, site, stage, note, evidence, null);
  }

  private static @Nullable Period period(Reads r, JsonNode n, String p) {
    String text = r.text(n, p, "period", true);
    Period period = text == null ? null : Period.parse(text).orElse(null);
    if (text != null && period == null) {
      r.add(
          Issue.error(
              Codes.INVALID_PERIOD, p + "/period", "invalid period", text, "YYYY or YYYY-MM"));
    }
    return period;
  }

  private static @Nullable String site(Reads r, JsonNode n, String p, Inventory inv) {
    String site = r.text(n, p, "site", false);
    if (site == null && inv.sites().size() > 1) {
      r.add(Issue.error(Codes.SITE_REQUIRED, p + "/site", "a multi-site document needs the site"));
    } else if (site != null && inv.sites().stream().map(Site::id).noneMatch(site::equals)) {
      List<String> ids = inv.sites().stream().map(Site::id).toList();
      r.add(Issue.error(Codes.UNKNOWN_SITE, p + "/site", "unknown site", site, "one of " + ids));
    }
    return site;
  }

  private static @Nullable Stage stage(Reads r, JsonNode n, String p) {
    String text = r.text(n, p, "stage", false);
    Stage stage = text == null ? null : Stage.fromCode(text).orElse(null);
    if (text != null && stage == null) {
      r.add(
          Issue.error(
              Codes.UNKNOWN_STAGE, p + "/stage", "unknown stage", text, "one of " + Stage.codes()));
    }
    return stage;
  }
}
