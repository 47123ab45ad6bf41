package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.server.ui.EntryForms.Field;
import org.minecarbon.server.ui.EntryForms.Form;
import org.minecarbon.server.ui.EntryForms.Input;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The month grid of one source: one line per site, one cell per month of a year, each cell the
 * value of one field ({@code quantity}, {@code ventilation}…) of the monthly row of that type whose
 * pick-list fields (fuel, unit, grid…) equal the grid's choices. Turning the edited cells into row
 * changes is pure, so it is tested without a server.
 */
final class MonthGrid {
  /** Which rows the grid shows: type, the field in the cells, the pick-list values of the rows. */
  record Key(String type, String field, Map<String, String> fixed) {
    Key {
      fixed = Map.copyOf(fixed);
    }

    public String getType() {
      return type;
    }

    public String getField() {
      return field;
    }

    public Map<String, String> getFixed() {
      return fixed;
    }
  }

  /** One cell: its text, the stored row behind it (if any), and the problems found in it. */
  record Cell(String text, @Nullable Long rowId, @Nullable Long version, boolean multiple) {
    public String getText() {
      return text;
    }

    public boolean isMultiple() {
      return multiple;
    }

    public @Nullable Long getRowId() {
      return rowId;
    }

    public @Nullable Long getVersion() {
      return version;
    }
  }

  /** One site's line of 12 cells. */
  record Line(String site, String name, List<Cell> cells) {
    Line {
      cells = List.copyOf(cells);
    }

    public String getSite() {
      return site;
    }

    public String getName() {
      return name;
    }

    public List<Cell> getCells() {
      return cells;
    }
  }

  /** A change and the cell (line, month 1–12) it came from, to place its issues. */
  record Placed(RowChange change, int line, int month) {}

  private MonthGrid() {}

  /** The numeric fields a grid may show for a type (the first is the default). */
  static List<String> fields(Form form) {
    return form.fields().stream()
        .filter(f -> f.input() == Input.NUMBER)
        .map(Field::field)
        .filter(f -> !f.contains("."))
        .toList();
  }

  /** The pick-list fields that select the rows of a grid (fuel, unit, grid, gas…). */
  static List<Field> choices(Form form) {
    return form.fields().stream().filter(f -> f.input() == Input.SELECT).toList();
  }

  /** True when the row is a monthly row of the grid's type with the grid's pick-list values. */
  static boolean matches(RowView r, Key key) {
    boolean production = r.kind() == RowKind.PRODUCTION;
    boolean sameType =
        EntryForms.PRODUCTION.equals(key.type())
            ? production
            : !production && r.type().equals(key.type());
    if (!sameType || r.month() == null) {
      return false;
    }
    for (Map.Entry<String, String> e : key.fixed().entrySet()) {
      JsonNode n = r.doc().get(e.getKey());
      String v = n == null || n.isNull() ? "" : n.asString();
      if (!e.getValue().isEmpty() && !e.getValue().equals(v)) {
        return false;
      }
    }
    return true;
  }

  /** The stored state: for each site, the 12 cells from the matching monthly rows. */
  static List<Line> lines(Map<String, String> sites, List<RowView> rows, Key key) {
    List<Line> out = new ArrayList<>();
    sites.forEach(
        (code, name) -> {
          List<Cell> cells = new ArrayList<>();
          for (int m = 1; m <= 12; m++) {
            int month = m;
            List<RowView> in =
                rows.stream()
                    .filter(r -> code.equals(r.site()) && Integer.valueOf(month).equals(r.month()))
                    .filter(r -> matches(r, key))
                    .toList();
            cells.add(cell(in, key.field()));
          }
          out.add(new Line(code, name, cells));
        });
    return out;
  }

  private static Cell cell(List<RowView> in, String field) {
    if (in.isEmpty()) {
      return new Cell("", null, null, false);
    }
    RowView r = in.getFirst();
    JsonNode n = r.doc().get(field);
    String text = n == null || n.isNull() ? "" : RowForm.of(r).value(field);
    return new Cell(text, r.id(), r.version(), in.size() > 1);
  }

  /** Tab-separated lines as pasted from Excel: rows of cells, thousands separators kept. */
  static List<List<String>> parsePaste(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.replace("\r", "").split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(List.of(line.split("\t", -1)).stream().map(String::strip).toList());
      }
    }
    return out;
  }

  /**
   * The changes that turn the stored lines into the typed ones: a new value adds a row, a changed
   * value updates the row (its other fields kept), an emptied cell deletes the row or, when the row
   * has other values of the form, removes only the field. Cells of several rows are left alone.
   */
  static List<Placed> changes(
      int year, Key key, List<Line> stored, List<List<String>> typed, Map<Long, RowView> byId) {
    List<Placed> out = new ArrayList<>();
    Form form = EntryForms.of(key.type()).orElseThrow();
    for (int l = 0; l < stored.size(); l++) {
      Line line = stored.get(l);
      for (int m = 1; m <= 12; m++) {
        Cell old = line.cells().get(m - 1);
        String now = typed.get(l).get(m - 1).strip();
        if (old.multiple() || now.equals(old.text())) {
          continue;
        }
        String period = String.format("%04d-%02d", year, m);
        RowChange c =
            old.rowId() == null
                ? add(key, line.site(), period, now)
                : change(key, form, byId.get(old.rowId()), now);
        if (c != null) {
          out.add(new Placed(c, l, m));
        }
      }
    }
    return out;
  }

  private static @Nullable RowChange add(Key key, String site, String period, String value) {
    if (value.isEmpty()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("type", key.type());
    params.put("period", period);
    params.put("site", site);
    key.fixed().forEach((f, v) -> params.put("v." + f, v));
    params.put("v." + key.field(), value);
    RowForm f = RowForm.of(params);
    return new RowChange.Add(f.rowKind(), f.toDoc(new ArrayList<>()));
  }

  private static RowChange change(Key key, Form form, RowView row, String value) {
    ObjectNode doc = row.doc().deepCopy();
    if (!value.isEmpty()) {
      doc.set(key.field(), RowForm.number(value));
      return new RowChange.Update(row.id(), doc, row.version());
    }
    doc.remove(key.field());
    boolean othersLeft =
        fields(form).stream()
            .anyMatch(f -> !f.equals("unit") && doc.has(f) && !f.equals("quantity"));
    return othersLeft
        ? new RowChange.Update(row.id(), doc, row.version())
        : new RowChange.Delete(row.id());
  }
}
