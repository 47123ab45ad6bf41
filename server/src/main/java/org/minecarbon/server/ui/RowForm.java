package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data-entry form of one row: the common fields of the inventory document as inputs, every
 * other field of the row as a small JSON object ({@code extra}). Values are passed on as typed;
 * checking them is the services' job (same codes and pointers as the CLI).
 */
final class RowForm {
  /** Fields that have their own input; the rest of a row's object goes to {@code extra}. */
  static final Set<String> MAIN =
      Set.of(
          "id",
          "period",
          "site",
          "stage",
          "note",
          "source",
          "sink",
          "product",
          "fuel",
          "gas",
          "quantity",
          "unit");

  private static final Set<String> ARRAYS = Set.of("activities", "sinks", "production");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  String kind = "activity";
  String type = "";
  String period = "";
  String site = "";
  String stage = "";
  String key = "";
  String material = "";
  String quantity = "";
  String unit = "";
  String note = "";
  String extra = "";

  public String getKind() {
    return kind;
  }

  public String getType() {
    return type;
  }

  public String getPeriod() {
    return period;
  }

  public String getSite() {
    return site;
  }

  public String getStage() {
    return stage;
  }

  public String getKey() {
    return key;
  }

  public String getMaterial() {
    return material;
  }

  public String getQuantity() {
    return quantity;
  }

  public String getUnit() {
    return unit;
  }

  public String getNote() {
    return note;
  }

  public String getExtra() {
    return extra;
  }

  static RowForm of(Map<String, String> params) {
    RowForm f = new RowForm();
    f.kind = params.getOrDefault("kind", "activity");
    f.type = params.getOrDefault("type", "").strip();
    f.period = params.getOrDefault("period", "").strip();
    f.site = params.getOrDefault("site", "").strip();
    f.stage = params.getOrDefault("stage", "").strip();
    f.key = params.getOrDefault("key", "").strip();
    f.material = params.getOrDefault("material", "").strip();
    f.quantity = params.getOrDefault("quantity", "").strip();
    f.unit = params.getOrDefault("unit", "").strip();
    f.note = params.getOrDefault("note", "").strip();
    f.extra = params.getOrDefault("extra", "").strip();
    return f;
  }

  static RowForm of(RowView row) {
    RowForm f = new RowForm();
    ObjectNode d = row.doc();
    f.kind = row.kind().code();
    f.type = row.type();
    f.period = text(d, "period");
    f.site = text(d, "site");
    f.stage = text(d, "stage");
    f.key = text(d, "id");
    f.material = !text(d, "fuel").isEmpty() ? text(d, "fuel") : text(d, "gas");
    f.quantity = text(d, "quantity");
    f.unit = text(d, "unit");
    f.note = text(d, "note");
    ObjectNode rest = d.deepCopy();
    MAIN.forEach(rest::remove);
    f.extra = rest.isEmpty() ? "" : JSON.writeValueAsString(rest);
    return f;
  }

  RowKind rowKind() {
    return RowKind.fromCode(kind).orElse(RowKind.ACTIVITY);
  }

  /** Which field the type goes in: {@code source}, {@code sink} or {@code product}. */
  String typeField() {
    return switch (rowKind()) {
      case ACTIVITY -> "source";
      case SINK -> "sink";
      case PRODUCTION -> "product";
    };
  }

  /** The row object, or the issues of the form itself (an unreadable extra field). */
  ObjectNode toDoc(List<Issue> problems) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    put(d, "id", key);
    d.put(typeField(), type);
    put(d, "period", period);
    put(d, "site", site);
    put(d, "stage", stage);
    if (!material.isEmpty()) {
      d.put("fuel".equals(materialField()) ? "fuel" : "gas", material);
    }
    if (!quantity.isEmpty()) {
      putNumber(d, "quantity", quantity);
    }
    put(d, "unit", unit);
    mergeExtra(d, problems);
    put(d, "note", note);
    return d;
  }

  /** {@code fuel} for fuel rows, {@code gas} for the sources that name a gas. */
  String materialField() {
    return "fuel".equals(type) ? "fuel" : "gas";
  }

  private void mergeExtra(ObjectNode d, List<Issue> problems) {
    if (extra.isEmpty()) {
      return;
    }
    try {
      JsonNode n = JSON.readTree(extra);
      if (!(n instanceof ObjectNode o)) {
        problems.add(
            Issue.error(
                Codes.INVALID_JSON, "extra", "not a JSON object", extra, "{\"field\": value, …}"));
        return;
      }
      o.properties().forEach(e -> d.set(e.getKey(), e.getValue()));
    } catch (JacksonException e) {
      problems.add(
          Issue.error(
              Codes.INVALID_JSON, "extra", e.getOriginalMessage(), extra, "{\"field\": value, …}"));
    }
  }

  private static void put(ObjectNode d, String field, String value) {
    if (!value.isEmpty()) {
      d.put(field, value);
    }
  }

  private static void putNumber(ObjectNode d, String field, String value) {
    try {
      d.put(field, Double.parseDouble(value.replace(",", "")));
    } catch (NumberFormatException e) {
      d.put(field, value); // the reader reports WRONG_TYPE with the row's pointer
    }
  }

  private static String text(ObjectNode d, String field) {
    JsonNode n = d.get(field);
    if (n == null || n.isNull()) {
      return "";
    }
    return n.isNumber() ? UiLabels.plainNumber(n.doubleValue()) : n.asString();
  }

  /**
   * Issues keyed by the form field they belong to: the first segment of a row-relative pointer
   * ({@code /unit}) or the one after the row index of a document pointer ({@code
   * /activities/3/unit}); fields without their own input go to {@code extra}, row-level issues to
   * {@code row}.
   */
  static Map<String, List<Issue>> byField(List<Issue> issues) {
    Map<String, List<Issue>> m = new LinkedHashMap<>();
    for (Issue i : issues) {
      m.computeIfAbsent(field(i.pointer()), k -> new ArrayList<>()).add(i);
    }
    return m;
  }

  static String field(@Nullable String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "row";
    }
    if (pointer.equals("extra")) {
      return "extra";
    }
    // row-relative ("/quantity") or document ("/activities/3/quantity")
    String[] seg = pointer.split("/");
    int at = seg.length > 2 && ARRAYS.contains(seg[1]) && seg[2].matches("\\d+") ? 3 : 1;
    if (seg.length <= at) {
      return "row";
    }
    String f = seg[at];
    return switch (f) {
      case "source", "sink", "product" -> "type";
      case "fuel", "gas" -> "material";
      case "id" -> "key";
      default -> MAIN.contains(f) ? f : "extra";
    };
  }
}
