package org.minecarbon.io.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Severity;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.io.json.Pointers;
import org.minecarbon.io.table.Layout.Column;
import org.minecarbon.io.table.internal.EnterpriseDecoder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the tables of a workbook or CSV folder into the equivalent inventory document tree (every
 * leaf a string), remembering for each JSON Pointer where in the tables it came from, so that the
 * JSON mapping code validates both forms identically and its issues can name sheet, row and column.
 */
public final class TableDecoder {
  /** Names a place in the tables: a row ({@code column} null) or a cell. */
  public interface Locator {
    String at(String table, int row, @Nullable String column);
  }

  /**
   * The document tree, pointer → location, and the problems found while decoding cells.
   *
   * @param locations JSON Pointer of each row and cell → its location in the tables
   */
  public record Decoded(ObjectNode tree, Map<String, String> locations, List<Issue> issues) {}

  private final Locator locator;
  private final ObjectNode root = Nodes.object();
  private final Map<String, String> locations = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();

  private TableDecoder(Locator locator) {
    this.locator = locator;
  }

  /** Decodes the tables; tables whose names stand for no sheet kind are ignored. */
  public static Decoded decode(List<Table> tables, Locator locator) {
    TableDecoder d = new TableDecoder(locator);
    Set<Layout> seen = EnumSet.noneOf(Layout.class);
    for (Table t : tables) {
      Layout.forName(t.name()).filter(seen::add).ifPresent(l -> d.table(t, l));
    }
    return new Decoded(d.root, Map.copyOf(d.locations), List.copyOf(d.issues));
  }

  /** Attaches to each issue the location of the longest pointer prefix found while decoding. */
  public static List<Issue> locate(List<Issue> issues, Map<String, String> locations) {
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      String where = i.location().isEmpty() ? find(i.pointer(), locations) : null;
      out.add(where == null ? i : i.at(where));
    }
    return out;
  }

  private static @Nullable String find(String pointer, Map<String, String> locations) {
    String p = pointer;
    while (!p.isEmpty()) {
      String loc = locations.get(p);
      if (loc != null) {
        return loc;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  private void table(Table t, Layout layout) {
    Column[] columns = header(t, layout);
    if (layout == Layout.ENTERPRISE) {
      new EnterpriseDecoder(root, locations, issues, locator).decode(t, columns);
      return;
    }
    ArrayNode array = root.putArray(layout.array());
    for (Table.Row row : t.rows()) {
      String pointer = "/" + layout.array() + "/" + array.size();
      locations.put(pointer, locator.at(t.name(), row.number(), null));
      ObjectNode o = array.addObject();
      for (int c = 0; c < columns.length; c++) {
        String text = row.cell(c).strip();
        if (columns[c] != null && !text.isEmpty()) {
          String where = locator.at(t.name(), row.number(), t.header().get(c).strip());
          String value = alias(columns[c], text, pointer, where + " (" + cellRef(t, c, row) + ")");
          cell(o, pointer, columns[c], value, where);
        }
      }
    }
  }

  /**
   * A Chinese product or fuel name as its code ({@link ZhAliases}): 原煤 → raw-coal. An unknown
   * Chinese product is an error naming the cell (a product no benchmark or intensity would match
   * must not pass silently); an unknown Chinese fuel is left to the validator (UNKNOWN_FUEL).
   */
  private String alias(Column col, String text, String pointer, String where) {
    if (!ZhAliases.chinese(text)) {
      return text;
    }
    return switch (col.name()) {
      case "product" -> {
        var code = ZhAliases.code(ZhAliases.Kind.PRODUCT, text);
        if (code.isEmpty()) {
          issues.add(
              Issue.error(
                      IoCodes.UNKNOWN_ALIAS,
                      Pointers.child(pointer, "product"),
                      "unknown product name " + text + " at " + where,
                      text,
                      String.join(", ", ZhAliases.names(ZhAliases.Kind.PRODUCT))
                          + " or a product code")
                  .at(where));
        }
        yield code.orElse(text);
      }
      case "fuel" -> ZhAliases.code(ZhAliases.Kind.FUEL, text).orElse(text);
      default -> text;
    };
  }

  /** The A1 reference of a cell: {@code 产量!D12}. */
  static String cellRef(Table t, int column, Table.Row row) {
    StringBuilder letters = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return t.name() + "!" + letters + row.number();
  }

  private Column[] header(Table t, Layout layout) {
    Column[] columns = new Column[t.header().size()];
    Map<Column, String> seen = new HashMap<>();
    for (int c = 0; c < columns.length; c++) {
      String h = t.header().get(c);
      if (h.isBlank()) {
        continue;
      }
      columns[c] = layout.column(h);
      if (columns[c] != null && seen.putIfAbsent(columns[c], h.strip()) != null) {
        issues.add(twice(t, columns[c], seen.get(columns[c]), h.strip()));
        columns[c] = null;
      } else if (columns[c] == null) {
        issues.add(
            new Issue(
                Codes.UNKNOWN_FIELD,
                Severity.WARNING,
                "column \"" + h.strip() + "\" is not a field of " + layout.sheet() + "; ignored",
                "",
                h.strip(),
                String.join(", ", layout.columns().stream().map(Column::name).toList()),
                locator.at(t.name(), 1, h.strip())));
      }
    }
    return columns;
  }

  /** Two header cells naming the same field (also through a Chinese alias): which one holds it? */
  private Issue twice(Table t, Column col, String first, String again) {
    return Issue.error(
            Codes.CONFLICTING_FIELDS,
            "",
            "columns \""
                + first
                + "\" and \""
                + again
                + "\" both hold "
                + col.name()
                + " in "
                + t.name(),
            again,
            "each field in one column")
        .at(locator.at(t.name(), 1, again));
  }

  private void cell(ObjectNode row, String pointer, Column col, String text, String where) {
    String[] path = col.name().split("\\.");
    ObjectNode parent = row;
    String p = pointer;
    for (int i = 0; i < path.length - 1; i++) {
      p = Pointers.child(p, path[i]);
      locations.putIfAbsent(p, where);
      parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
    }
    String name = path[path.length - 1];
    p = Pointers.child(p, name);
    locations.put(p, where);
    switch (col.kind()) {
      case MAP -> map(parent.putObject(name), p, text, where);
      case FLOWS -> flows(parent.putArray(name), p, text, where);
      default -> parent.put(name, text);
    }
  }

  private void map(ObjectNode o, String pointer, String text, String where) {
    List<Map.Entry<String, String>> entries = CellText.parseMap(text);
    if (entries == null) {
      issues.add(malformed(pointer, text, CellText.MAP_FORM, where));
      return;
    }
    entries.forEach(e -> o.put(e.getKey(), e.getValue()));
  }

  private void flows(ArrayNode a, String pointer, String text, String where) {
    List<CellText.Flow> flows = CellText.parseFlows(text);
    if (flows == null) {
      issues.add(malformed(pointer, text, CellText.FLOWS_FORM, where));
      return;
    }
    for (CellText.Flow f : flows) {
      ObjectNode o = a.addObject();
      o.put("quantity", f.quantity());
      if (f.unit() != null) {
        o.put("unit", f.unit());
      }
      o.put("carbonFraction", f.carbonFraction());
    }
  }

  private static Issue malformed(String pointer, String text, String expected, String where) {
    return Issue.error(Codes.WRONG_TYPE, pointer, "cannot read the cell", text, expected).at(where);
  }
}
