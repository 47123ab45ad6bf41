package org.minecarbon.io.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.table.Layout.Column;
import tools.jackson.databind.JsonNode;

/**
 * Flattens an inventory into one table per sheet, going through the same JSON tree the JSON writer
 * produces so that every form carries exactly the same fields.
 */
public final class TableEncoder {
  /**
   * One sheet to write.
   *
   * @param rows cell values: {@link String}, {@link Double}, {@link Boolean} or null for blank
   * @param name the sheet's name in the workbook (the layout's English name unless Chinese)
   */
  public record Sheet(
      Layout layout, List<String> header, List<List<@Nullable Object>> rows, String name) {
    public Sheet(Layout layout, List<String> header, List<List<@Nullable Object>> rows) {
      this(layout, header, rows, layout.sheet());
    }
  }

  private TableEncoder() {}

  /** The five sheets in workbook order: enterprise, sites, activities, sinks, production. */
  public static List<Sheet> encode(Inventory inventory) {
    JsonNode root = InventoryWriter.write(inventory);
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(enterprise(root));
    for (Layout l : List.of(Layout.SITES, Layout.ACTIVITIES, Layout.SINKS, Layout.PRODUCTION)) {
      List<List<@Nullable Object>> rows = new ArrayList<>();
      for (JsonNode row : root.get(l.array())) {
        List<@Nullable Object> cells = new ArrayList<>();
        for (Column c : l.columns()) {
          cells.add(value(row, c));
        }
        rows.add(cells);
      }
      sheets.add(new Sheet(l, names(l), rows));
    }
    return sheets;
  }

  /** An empty sheet set: headers only, the format row filled in. */
  public static List<Sheet> empty() {
    return encode(
        new Inventory(
            new org.minecarbon.core.inventory.Enterprise("", null, null, null),
            org.minecarbon.core.inventory.Settings.DEFAULT,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  public static List<String> names(Layout l) {
    return l.columns().stream().map(Column::name).toList();
  }

  private static Sheet enterprise(JsonNode root) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (EnterpriseKeys k : EnterpriseKeys.values()) {
      JsonNode parent = k.parent().isEmpty() ? root : root.get(k.parent());
      JsonNode v = parent == null ? null : parent.get(k.key());
      List<@Nullable Object> row = new ArrayList<>();
      row.add(k.key());
      row.add(v == null || v.asString().isEmpty() ? null : v.asString());
      rows.add(row);
    }
    return new Sheet(Layout.ENTERPRISE, names(Layout.ENTERPRISE), rows);
  }

  private static @Nullable Object value(JsonNode row, Column c) {
    JsonNode n = row;
    for (String part : c.name().split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    if (n == null || n.isNull()) {
      return null;
    }
    return switch (c.kind()) {
      case MAP -> CellText.formatMap(mapText(n));
      case FLOWS -> CellText.formatFlows(flows(n));
      default ->
          n.isNumber() ? (Object) n.doubleValue() : n.isBoolean() ? n.booleanValue() : n.asString();
    };
  }

  private static Map<String, String> mapText(JsonNode n) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      m.put(e.getKey(), CellText.number(e.getValue().doubleValue()));
    }
    return m;
  }

  private static List<CellText.Flow> flows(JsonNode a) {
    List<CellText.Flow> out = new ArrayList<>();
    for (JsonNode f : a) {
      out.add(
          new CellText.Flow(
              CellText.number(f.get("quantity").doubleValue()),
              f.get("unit").asString(),
              CellText.number(f.get("carbonFraction").doubleValue())));
    }
    return out;
  }
}
