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
import org.minecarbon.server.ui.EntryForms.Field;
import org.minecarbon.server.ui.EntryForms.Form;
import org.minecarbon.server.ui.EntryForms.Input;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data-entry form of one row: the common fields (period, site, stage, key, note), the inputs of
 * its type's structured form ({@link EntryForms}) and, as an advanced fallback, every other field
 * of the row as a small JSON object ({@code extra}). Values are passed on as typed; checking them
 * is the services' job (same codes and pointers as the CLI and the API).
 */
final class RowForm {
  /** Fields with their own common input. */
  static final Set<String> COMMON = Set.of("id", "period", "site", "stage", "note", "estimated");

  /** Fields of the old free form, still accepted from a post (API-like clients, old tests). */
  private static final List<String> LEGACY = List.of("quantity", "unit");

  private static final Set<String> ARRAYS = Set.of("activities", "sinks", "production");
  private static final Set<String> TYPE_FIELDS = Set.of("source", "sink");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  String kind = "activity";
  String type = "";
  String period = "";
  String site = "";
  String stage = "";
  String key = "";
  String note = "";
  String extra = "";
  boolean estimated;
  final Map<String, String> values = new LinkedHashMap<>();

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

  public String getNote() {
    return note;
  }

  public String getExtra() {
    return extra;
  }

  public boolean isEstimated() {
    return estimated;
  }

  public Map<String, String> getValues() {
    return values;
  }

  /** A field's text as typed or stored; empty when it has none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** A member of a list field's row ({@code field.index.member}) as typed or stored. */
  public String listValue(String field, int index, String member) {
    return value(field + "." + index + "." + member);
  }

  /** The rows a list field shows ({@link ListFields#rows}), for templates. */
  public List<Integer> listRows(String field) {
    return form().field(field).map(x -> ListFields.rows(x, values)).orElse(List.of());
  }

  /** The fuel, gas or product the row names (for the table). */
  public String getMaterial() {
    return !value("fuel").isEmpty() ? value("fuel") : value("gas");
  }

  public String getQuantity() {
    return value("quantity");
  }

  public String getUnit() {
    return value("unit");
  }

  /** The structured form of this row's type (empty inputs for an unknown type). */
  public Form form() {
    return EntryForms.of(type).orElse(new Form(type, rowKind(), List.of()));
  }

  static RowForm of(Map<String, String> params) {
    RowForm f = new RowForm();
    f.type = params.getOrDefault("type", "").strip();
    String kind = params.getOrDefault("kind", "").strip();
    if (RowKind.PRODUCTION.code().equals(kind) && !EntryForms.PRODUCTION.equals(f.type)) {
      f.values.put("product", f.type); // the old form: the product code in the type field
      f.type = EntryForms.PRODUCTION;
    }
    f.kind = EntryForms.kindOf(f.type).code();
    f.period = params.getOrDefault("period", "").strip();
    f.site = params.getOrDefault("site", "").strip();
    f.stage = params.getOrDefault("stage", "").strip();
    f.key = params.getOrDefault("key", "").strip();
    f.note = params.getOrDefault("note", "").strip();
    f.extra = params.getOrDefault("extra", "").strip();
    f.estimated = params.containsKey("estimated");
    for (Field field : f.form().fields()) {
      String v = params.get("v." + field.field());
      if (v != null && field.input() != Input.FIXED) {
        f.values.put(field.field(), v.strip());
      }
    }
    ListFields.fromParams(f.form(), params, f.values);
    legacy(f, params);
    return f;
  }

  private static void legacy(RowForm f, Map<String, String> params) {
    for (String name : LEGACY) {
      String v = params.getOrDefault(name, "").strip();
      if (!v.isEmpty() && f.value(name).isEmpty()) {
        f.values.put(name, v);
      }
    }
    String material = params.getOrDefault("material", "").strip();
    if (!material.isEmpty()) {
      f.values.putIfAbsent("fuel".equals(f.type) ? "fuel" : "gas", material);
    }
  }

  static RowForm of(RowView row) {
    RowForm f = new RowForm();
    ObjectNode d = row.doc();
    f.type = row.kind() == RowKind.PRODUCTION ? EntryForms.PRODUCTION : row.type();
    f.kind = row.kind().code();
    f.period = text(d.get("period"));
    f.site = text(d.get("site"));
    f.stage = text(d.get("stage"));
    f.key = text(d.get("id"));
    f.note = text(d.get("note"));
    f.estimated = d.path("estimated").asBoolean(false);
    ObjectNode rest = d.deepCopy();
    COMMON.forEach(rest::remove);
    TYPE_FIELDS.forEach(rest::remove);
    for (Field field : f.form().fields()) {
      String[] path = field.field().split("\\.", 2);
      JsonNode n = path.length == 1 ? d.get(path[0]) : d.path(path[0]).get(path[1]);
      if (n != null && !n.isNull() && n.isValueNode()) {
        f.values.put(field.field(), text(n));
        remove(rest, path);
      }
    }
    ListFields.fromDoc(f.form(), d, rest, f.values);
    f.extra = rest.isEmpty() ? "" : JSON.writeValueAsString(rest);
    return f;
  }

  private static void remove(ObjectNode rest, String[] path) {
    if (path.length == 1) {
      rest.remove(path[0]);
    } else if (rest.get(path[0]) instanceof ObjectNode o) {
      o.remove(path[1]);
      if (o.isEmpty()) {
        rest.remove(path[0]);
      }
    }
  }

  RowKind rowKind() {
    return RowKind.fromCode(kind).orElse(RowKind.ACTIVITY);
  }

  /** The row object, or the issues of the form itself (an unreadable extra field). */
  ObjectNode toDoc(List<Issue> problems) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    put(d, "id", key);
    switch (rowKind()) {
      case ACTIVITY -> d.put("source", type);
      case SINK -> d.put("sink", type);
      case PRODUCTION -> {}
    }
    put(d, "period", period);
    put(d, "site", site);
    put(d, "stage", stage);
    Form form = form();
    values.forEach(
        (name, v) -> {
          Input input = form.field(name).map(Field::input).orElse(Input.TEXT);
          if (!v.isEmpty() && !ListFields.isListKey(form, name)) {
            set(d, name, typed(name, input, v));
          }
        });
    ListFields.toDoc(form, values, d);
    for (Field field : form.fields()) {
      if (field.input() == Input.FIXED && !d.has(field.field()) && anyValue(field.when())) {
        set(d, field.field(), JsonNodeFactory.instance.stringNode(field.defaultValue()));
      }
    }
    mergeExtra(d, problems);
    put(d, "note", note);
    if (estimated) {
      d.put("estimated", true);
    }
    return d;
  }

  private boolean anyValue(List<String> fields) {
    return fields.isEmpty() || fields.stream().anyMatch(f -> !value(f).isEmpty());
  }

  private static JsonNode typed(String name, Input input, String v) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    return switch (input) {
      case NUMBER -> number(v);
      case INTEGER -> v.matches("-?\\d{1,9}") ? n.numberNode(Integer.parseInt(v)) : n.stringNode(v);
      case CHECK -> n.booleanNode(true);
      case TEXT -> "quantity".equals(name) ? number(v) : n.stringNode(v);
      case SELECT, FIXED, LIST -> n.stringNode(v);
    };
  }

  /** A number as typed (thousands separators allowed); text the reader reports as WRONG_TYPE. */
  static JsonNode number(String v) {
    try {
      return JsonNodeFactory.instance.numberNode(Double.parseDouble(v.replace(",", "")));
    } catch (NumberFormatException e) {
      return JsonNodeFactory.instance.stringNode(v);
    }
  }

  private static void set(ObjectNode d, String field, JsonNode value) {
    String[] path = field.split("\\.", 2);
    if (path.length == 1) {
      d.set(path[0], value);
    } else {
      JsonNode o = d.get(path[0]);
      ObjectNode parent = o instanceof ObjectNode on ? on : d.putObject(path[0]);
      parent.set(path[1], value);
    }
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

  private static String text(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    return n.isNumber() ? UiLabels.plainNumber(n.doubleValue()) : n.asString();
  }

  /**
   * Issues keyed by the input they belong to: the field path after the row (row-relative {@code
   * /unit} or document {@code /activities/3/unit}; {@code /steam/mass} → {@code steam.mass}) when
   * the form has that input, the common inputs by name, the rest to {@code extra}, row-level issues
   * to {@code row}.
   */
  Map<String, List<Issue>> byField(List<Issue> issues) {
    Map<String, List<Issue>> m = new LinkedHashMap<>();
    Form form = form();
    for (Issue i : issues) {
      String f = field(i.pointer());
      String key =
          switch (f) {
            case "row", "extra", "type", "key", "period", "site", "stage", "note" -> f;
            default ->
                form.field(f).isPresent()
                    ? f
                    : form.field(f.split("\\.")[0]).isPresent() ? f.split("\\.")[0] : "extra";
          };
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return m;
  }

  /** The field path a pointer names inside its row ({@code /activities/3/steam/mass}). */
  static String field(@Nullable String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "row";
    }
    if (pointer.equals("extra")) {
      return "extra";
    }
    String[] seg = pointer.split("/");
    int at = seg.length > 2 && ARRAYS.contains(seg[1]) && seg[2].matches("\\d+") ? 3 : 1;
    if (seg.length <= at) {
      return "row";
    }
    String f = String.join(".", java.util.Arrays.copyOfRange(seg, at, seg.length));
    return switch (f) {
      case "source", "sink" -> "type";
      case "id" -> "key";
      default -> f.replace("~1", "/").replace("~0", "~");
    };
  }
}
