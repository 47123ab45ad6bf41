package org.minecarbon.server.ui;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A value of an audit diff as people read it, in the page's language (issue 12: the trail showed
 * {@code fuel}, {@code mine-methane}, {@code submitted}, {@code true}): source and sink types,
 * states, products, fuels and gases, stages, units, sites by name, every pick-list of the entry
 * forms, {@code <field>.<code>} texts (industry, mine type, gas grade), booleans, grouped numbers.
 * A value with no name stays as stored; the page keeps the stored JSON for a verifier.
 */
@Component
class AuditValues {
  private static final Set<String> STATES = Set.of("status", "state", "from", "to");
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,60}");

  private final MessageSource messages;
  private final UiLabels ui;
  private final EntryUi entry;
  private final BalancePages pages;

  AuditValues(MessageSource messages, UiLabels ui, EntryUi entry, BalancePages pages) {
    this.messages = messages;
    this.ui = ui;
    this.entry = entry;
    this.pages = pages;
  }

  /** The value of {@code field} (its last path segment counts) as text; "" when absent. */
  String show(String field, @Nullable JsonNode v, @Nullable Long enterpriseId) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isBoolean()) {
      return message(v.asBoolean() ? "audit.value.true" : "audit.value.false", v.asString());
    }
    if (v.isNumber()) {
      return entry.amount(v.asString());
    }
    if (!v.isString()) {
      return v.toString();
    }
    String name = field.substring(field.lastIndexOf('.') + 1);
    return code(name, v.asString(), enterpriseId);
  }

  private String code(String name, String value, @Nullable Long enterpriseId) {
    if (!CODE.matcher(value).matches()) {
      return name.equals("unit") ? entry.unit(value) : value;
    }
    return switch (name) {
      case "type" ->
          EntryForms.of(value).isPresent()
              ? entry.typeLabel(value)
              : message("mineType." + value, ui.source(value));
      case "site" -> enterpriseId == null ? value : pages.siteName(enterpriseId, value);
      case "product", "commodity" -> ui.product(value);
      case "fuel", "gas" -> ui.material(value);
      case "stage" -> ui.stage(value);
      case "unit" -> entry.unit(value);
      default -> other(name, value);
    };
  }

  private String other(String name, String value) {
    if (STATES.contains(name)) {
      return message("audit.status." + value, value);
    }
    for (EntryForms.Form f : EntryForms.all()) {
      for (EntryForms.Field fd : f.fields()) {
        if (fd.field().equals(name) && fd.input() == EntryForms.Input.SELECT) {
          return entry.display(fd, value);
        }
      }
    }
    return message(name + "." + value, value);
  }

  private String message(String key, String fallback) {
    String m = messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    return m == null ? fallback : m;
  }
}
