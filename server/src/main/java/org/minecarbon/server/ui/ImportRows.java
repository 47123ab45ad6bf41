package org.minecarbon.server.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportPreview.FieldChange;
import org.minecarbon.app.document.ImportPreview.RowChange;
import org.minecarbon.io.table.Layout;

/**
 * An import preview as the page shows it: kinds, sources, products and field names in the page's
 * language (Chinese field names from the workbook layout, codes in English).
 */
record ImportRows(List<Row> added, List<Row> changed, List<Row> removed) {

  /** One row: what it is, where and when, and its fields (before → after). */
  record Row(
      String kind,
      @Nullable Long rowId,
      String site,
      String period,
      String what,
      List<Field> fields) {}

  /** A field with its label and values as shown. */
  record Field(String label, String before, String after) {}

  static ImportRows of(ImportPreview p, UiLabels ui) {
    return new ImportRows(rows(p.added(), ui), rows(p.changed(), ui), rows(p.removed(), ui));
  }

  private static List<Row> rows(List<RowChange> changes, UiLabels ui) {
    return changes.stream()
        .map(
            c ->
                new Row(
                    c.kind(),
                    c.rowId(),
                    c.site(),
                    c.period(),
                    what(c, ui),
                    c.fields().stream()
                        .filter(f -> !f.field().equals("period") || c.rowId() != null)
                        .map(f -> field(f, ui))
                        .toList()))
        .toList();
  }

  private static String what(RowChange c, UiLabels ui) {
    return c.kind().equals("production") ? ui.product(c.what()) : ui.source(c.what());
  }

  private static Field field(FieldChange f, UiLabels ui) {
    return new Field(
        label(f.field()), value(f.field(), f.before(), ui), value(f.field(), f.after(), ui));
  }

  /** The field's Chinese header from the workbook layout in Chinese pages, else its name. */
  static String label(String field) {
    if (!UiLabels.chinese()) {
      return field;
    }
    for (Layout l : List.of(Layout.ACTIVITIES, Layout.SINKS, Layout.PRODUCTION)) {
      for (Layout.Column c : l.columns()) {
        if (c.name().equals(field)) {
          return c.zh();
        }
      }
    }
    return field;
  }

  private static String value(String field, @Nullable String v, UiLabels ui) {
    if (v == null) {
      return "";
    }
    return switch (field) {
      case "source", "sink" -> ui.source(v);
      case "fuel", "gas" -> ui.material(v);
      case "product" -> ui.product(v);
      case "stage" -> ui.stage(v);
      default -> v;
    };
  }
}
