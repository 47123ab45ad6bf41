package org.minecarbon.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.store.inventory.RowKind;

/**
 * The structured entry form of every source, sink and production type, read from {@code
 * /entry/forms.csv} (one line per input, each citing the contract's field table). A form is the
 * list of document fields a user fills for that type; everything else stays in the advanced JSON
 * field.
 */
final class EntryForms {
  /** How an input is shown and how its text goes into the row object. */
  enum Input {
    NUMBER,
    INTEGER,
    TEXT,
    SELECT,
    FIXED,
    CHECK,
    /** Repeating rows of an array field ({@link ListFields}). */
    LIST
  }

  /**
   * One input.
   *
   * @param field the document field; {@code a.b} is member b of object field a
   * @param options select options spec ({@code vocab:fuels}, {@code enum:category}, {@code product}
   *     or {@code a|b})
   * @param unit what is shown beside the input
   * @param when for {@link Input#FIXED}: the fields of which one must have a value
   */
  record Field(
      String field,
      Input input,
      String options,
      String defaultValue,
      String unit,
      List<String> when) {
    Field {
      when = List.copyOf(when);
    }

    /** The form parameter and element-id suffix ({@code steam.mass} → {@code steam-mass}). */
    public String id() {
      return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public String getField() {
      return field;
    }

    public String getUnit() {
      return unit;
    }

    public String getInput() {
      return input.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDefaultValue() {
      return defaultValue;
    }

    /** The members of a {@link Input#LIST} field, for templates. */
    public List<String> getMembers() {
      return input == Input.LIST ? ListFields.members(this) : List.of();
    }
  }

  /** The form of one type: the row kind it makes and its inputs in order. */
  record Form(String type, RowKind kind, List<Field> fields) {
    Form {
      fields = List.copyOf(fields);
    }

    public String getType() {
      return type;
    }

    public List<Field> getFields() {
      return fields;
    }

    Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }
  }

  static final String PRODUCTION = "production";
  private static final Map<String, Form> FORMS = load();

  private EntryForms() {}

  /** Every form: the sources in contract order, then the sinks, then production. */
  static List<Form> all() {
    return List.copyOf(FORMS.values());
  }

  /** The form of a source or sink code, or of {@code production}. */
  static Optional<Form> of(String type) {
    return Optional.ofNullable(FORMS.get(type));
  }

  static RowKind kindOf(String type) {
    if (PRODUCTION.equals(type)) {
      return RowKind.PRODUCTION;
    }
    return SinkType.fromCode(type).isPresent() ? RowKind.SINK : RowKind.ACTIVITY;
  }

  private static Map<String, Form> load() {
    String resource = "/entry/forms.csv";
    Map<String, List<Field>> byType = new LinkedHashMap<>();
    Arrays.stream(Source.values()).forEach(s -> byType.put(s.code(), new ArrayList<>()));
    Arrays.stream(SinkType.values()).forEach(s -> byType.put(s.code(), new ArrayList<>()));
    byType.put(PRODUCTION, new ArrayList<>());
    try (InputStream in = EntryForms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      for (Map<String, String> r : CsvTable.parse(in, resource).rows()) {
        List<Field> fields = byType.get(r.get("type"));
        if (fields == null) {
          throw new IllegalStateException(resource + ": unknown type " + r.get("type"));
        }
        fields.add(
            new Field(
                r.get("field"),
                Input.valueOf(r.get("input").toUpperCase(java.util.Locale.ROOT)),
                r.get("options"),
                r.get("default"),
                r.get("unit"),
                r.get("when").isEmpty() ? List.of() : List.of(r.get("when").split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Form> forms = new LinkedHashMap<>();
    byType.forEach((t, fs) -> forms.put(t, new Form(t, kindOf(t), fs)));
    return forms;
  }
}
