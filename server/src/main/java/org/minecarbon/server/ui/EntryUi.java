package org.minecarbon.server.ui;

import java.util.Arrays;
import java.util.List;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.Category;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Lang;
import org.minecarbon.server.ui.EntryForms.Field;
import org.minecarbon.server.ui.EntryForms.Form;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The structured entry forms as templates show them ({@code @entryUi}): the type pick-list, field
 * labels and the options of each select, in the request's language (Chinese names of fuels, grid
 * regions and provinces from core's vocabularies).
 */
@Component("entryUi")
public class EntryUi {
  private final MessageSource messages;
  private final UiLabels ui;

  EntryUi(MessageSource messages, UiLabels ui) {
    this.messages = messages;
    this.ui = ui;
  }

  /** One option of a select. */
  public record Option(String value, String label) {}

  /** Every type of the pick-list: sources, sinks, then production. */
  public List<Option> types() {
    return EntryForms.all().stream().map(f -> new Option(f.type(), typeLabel(f.type()))).toList();
  }

  /** The kind of a type ({@code activity}, {@code sink}, {@code production}). */
  public String kind(String type) {
    return EntryForms.kindOf(type).code();
  }

  public String typeLabel(String type) {
    return EntryForms.PRODUCTION.equals(type)
        ? message("entry.kind.production", type)
        : ui.source(type);
  }

  public Form form(String type) {
    return EntryForms.of(type).orElse(new Form(type, EntryForms.kindOf(type), List.of()));
  }

  /** A field's label ({@code entry.f.ventilation} → 风排瓦斯量). */
  public String label(String field) {
    return message("entry.f." + field, field);
  }

  /** The unit shown beside an input, in the page's language ({@code kJ/kg} → 千焦/千克). */
  public String unit(String unit) {
    return unit.isEmpty() ? "" : message("entry.unit." + unit, unit);
  }

  /** The options of a select input, labelled in the page's language. */
  public List<Option> options(Field field) {
    String spec = field.options();
    Lang lang = UiLabels.lang();
    if (spec.startsWith("vocab:")) {
      Vocabulary v =
          switch (spec.substring(6)) {
            case "fuels" -> Vocabulary.fuels();
            case "grids" -> Vocabulary.grids();
            case "carbonates" -> Vocabulary.carbonates();
            default -> throw new IllegalStateException("unknown vocabulary " + spec);
          };
      return v.terms().stream().map(t -> new Option(t.code(), lang.label(t))).toList();
    }
    if (spec.startsWith("enum:")) {
      Coded[] values =
          switch (spec.substring(5)) {
            case "category" -> Category.values();
            case "instrument" -> Instrument.values();
            default -> throw new IllegalStateException("unknown enum " + spec);
          };
      return Arrays.stream(values).map(c -> new Option(c.code(), lang.label(c))).toList();
    }
    boolean product = field.field().equals("product");
    return Arrays.stream(spec.split("\\|"))
        .map(s -> new Option(s, product ? ui.product(s) : s))
        .toList();
  }

  /** Fields the table shows in their own columns. */
  private static final java.util.Set<String> OWN_COLUMNS =
      java.util.Set.of("fuel", "gas", "product", "quantity", "unit");

  /**
   * The further values of a row for the table: its structured inputs other than the own columns,
   * labelled, numbers with thousands separators and codes by name, then the advanced fields.
   */
  public List<UiLabels.Extra> details(RowForm f) {
    List<UiLabels.Extra> out = new java.util.ArrayList<>();
    for (Field field : f.form().fields()) {
      String v = f.value(field.field());
      if (field.input() == EntryForms.Input.LIST) {
        listDetails(f, field, out);
      } else if (!v.isEmpty() && !OWN_COLUMNS.contains(field.field())) {
        out.add(new UiLabels.Extra(label(field.field()), display(field, v)));
      }
    }
    out.addAll(ui.extras(f.getExtra()));
    return out;
  }

  /** Each item of a list field: "投入 1: 数量 1,000 t · 含碳量 0.8". */
  private void listDetails(RowForm f, Field field, List<UiLabels.Extra> out) {
    for (int i : ListFields.indexes(field, f.values)) {
      List<String> parts = new java.util.ArrayList<>();
      for (String m : ListFields.members(field)) {
        String v = f.value(field.field() + "." + i + "." + m);
        if (!v.isEmpty()) {
          String unit = m.equals("quantity") ? " " + unit(field.defaultValue()) : "";
          parts.add(label(m) + " " + amount(v) + unit);
        }
      }
      out.add(new UiLabels.Extra(label(field.field()) + " " + (i + 1), String.join(" · ", parts)));
    }
  }

  /** A value as the table shows it: an option by its label, a number grouped, else as typed. */
  public String display(Field field, String value) {
    return switch (field.input()) {
      case SELECT ->
          options(field).stream()
              .filter(o -> o.value().equals(value))
              .map(Option::label)
              .findFirst()
              .orElse(value);
      case NUMBER -> amount(value);
      case CHECK -> message("entry.yes", "✓");
      case INTEGER, TEXT, FIXED, LIST -> value;
    };
  }

  /** A stored number with thousands separators ({@code 200000} → 200,000); other text as is. */
  public String amount(String text) {
    try {
      return ui.exact(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private String message(String key, String fallback) {
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }
}
