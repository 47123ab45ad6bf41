package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minecarbon.server.ui.EntryForms.Field;
import org.minecarbon.server.ui.EntryForms.Form;
import org.minecarbon.server.ui.EntryForms.Input;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repeating-row inputs of the entry forms (issue 12: mass-balance inputs and outputs were typed
 * as JSON): a {@link Input#LIST} field names its members in {@code options} ({@code
 * quantity|carbonFraction}) and the unit every item gets in {@code default}. Form parameters are
 * {@code v.<field>.<row>.<member>}; the form's values keep them as {@code <field>.<row>.<member>},
 * renumbered from 0 with blank rows dropped.
 */
final class ListFields {
  private static final Pattern PARAM =
      Pattern.compile("v\\.([A-Za-z]+)\\.(\\d{1,4})\\.([A-Za-z]+)");

  private ListFields() {}

  static List<String> members(Field f) {
    return List.of(f.options().split("\\|"));
  }

  /** Whether a value key belongs to a list field of the form. */
  static boolean isListKey(Form form, String key) {
    int dot = key.indexOf('.');
    return dot > 0
        && form.field(key.substring(0, dot)).map(f -> f.input() == Input.LIST).orElse(false);
  }

  /** The list rows of the posted parameters into {@code values}. */
  static void fromParams(Form form, Map<String, String> params, Map<String, String> values) {
    Map<String, TreeMap<Integer, Map<String, String>>> rows = new TreeMap<>();
    params.forEach(
        (k, v) -> {
          Matcher m = PARAM.matcher(k);
          if (m.matches() && isList(form, m.group(1)) && !v.isBlank()) {
            rows.computeIfAbsent(m.group(1), x -> new TreeMap<>())
                .computeIfAbsent(Integer.parseInt(m.group(2)), x -> new TreeMap<>())
                .put(m.group(3), v.strip());
          }
        });
    rows.forEach(
        (field, byRow) -> {
          int i = 0;
          for (Map<String, String> row : byRow.values()) {
            for (Map.Entry<String, String> e : row.entrySet()) {
              values.put(field + "." + i + "." + e.getKey(), e.getValue());
            }
            i++;
          }
        });
  }

  /**
   * The items of the row document's list fields into {@code values}, removed from {@code rest}
   * (what the advanced field shows) when every item has only the form's members and unit.
   */
  static void fromDoc(Form form, ObjectNode doc, ObjectNode rest, Map<String, String> values) {
    for (Field f : form.fields()) {
      if (f.input() != Input.LIST || !(doc.get(f.field()) instanceof ArrayNode items)) {
        continue;
      }
      List<String> members = members(f);
      boolean plain = true;
      for (JsonNode item : items) {
        plain &=
            item.isObject()
                && item.propertyNames().stream()
                    .allMatch(n -> members.contains(n) || n.equals("unit"));
      }
      if (!plain) {
        continue;
      }
      int i = 0;
      for (JsonNode item : items) {
        for (String m : members) {
          JsonNode v = item.get(m);
          if (v != null && v.isValueNode()) {
            values.put(f.field() + "." + i + "." + m, v.asString());
          }
        }
        i++;
      }
      rest.remove(f.field());
    }
  }

  /** The list fields as arrays of objects: members typed as numbers, the unit added. */
  static void toDoc(Form form, Map<String, String> values, ObjectNode d) {
    for (Field f : form.fields()) {
      if (f.input() != Input.LIST) {
        continue;
      }
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      for (int i : indexes(f, values)) {
        ObjectNode item = items.addObject();
        for (String m : members(f)) {
          String v = values.getOrDefault(f.field() + "." + i + "." + m, "");
          if (!v.isEmpty()) {
            item.set(m, RowForm.number(v));
          }
          if (m.equals("quantity") && !f.defaultValue().isEmpty()) {
            item.put("unit", f.defaultValue());
          }
        }
      }
      if (!items.isEmpty()) {
        d.set(f.field(), items);
      }
    }
  }

  /** The row numbers that have a value. */
  static List<Integer> indexes(Field f, Map<String, String> values) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    String prefix = f.field() + ".";
    for (String k : values.keySet()) {
      if (k.startsWith(prefix)) {
        String[] p = k.substring(prefix.length()).split("\\.");
        if (p.length == 2 && p[0].matches("\\d{1,4}")) {
          out.add(Integer.parseInt(p[0]));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The rows a form shows: those with values and one blank row to fill. */
  static List<Integer> rows(Field f, Map<String, String> values) {
    List<Integer> rows = indexes(f, values);
    rows.add(rows.isEmpty() ? 0 : rows.getLast() + 1);
    return rows;
  }

  private static boolean isList(Form form, String name) {
    return form.field(name).map(f -> f.input() == Input.LIST).orElse(false);
  }
}
