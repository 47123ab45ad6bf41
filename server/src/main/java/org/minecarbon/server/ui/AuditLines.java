package org.minecarbon.server.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.audit.AuditView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Audit entries as a readable diff (issue 12): the time (Asia/Shanghai on the server; the page
 * shows it in the browser's zone), and one line per field of before/after (members of an object
 * field one level down, {@code a.b}) with its label in the UI language ({@code field.<name>}, else
 * the entry form's {@code entry.f.<name>}, else the name), its values by name ({@link AuditValues})
 * and whether it changed.
 */
@Component("auditLines")
class AuditLines {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A field of the entry: before and after as text ("" when absent). */
  record Change(String field, String label, String before, String after, boolean changed) {}

  /** An entry with its local time and its fields. */
  record Line(AuditView entry, String when, List<Change> changes) {}

  /** What the audit page filters by; null or blank means any. */
  record Filter(
      @Nullable String user,
      @Nullable String entity,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    boolean any() {
      return !blank(user) || !blank(entity) || from != null || to != null;
    }

    boolean matches(AuditView v) {
      Instant at = v.at();
      return (blank(user) || v.actor().equalsIgnoreCase(Objects.requireNonNull(user).strip()))
          && (blank(entity) || v.entity().equalsIgnoreCase(Objects.requireNonNull(entity).strip()))
          && (from == null || !at.isBefore(from.atStartOfDay(ZONE).toInstant()))
          && (to == null || at.isBefore(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
    }

    private static boolean blank(@Nullable String s) {
      return s == null || s.isBlank();
    }
  }

  private final MessageSource messages;
  private final AuditValues values;

  AuditLines(MessageSource messages, AuditValues values) {
    this.messages = messages;
    this.values = values;
  }

  /** The entity kinds of the trail, for the filter's pick-list. */
  static final List<String> ENTITIES =
      List.of(
          "row",
          "enterprise",
          "site",
          "period",
          "year",
          "settings",
          "evidence",
          "benchmark",
          "factor_set",
          "user",
          "token");

  /** An entity kind in the UI language ({@code uireports.entity.<kind>}), the code when unknown. */
  public String entity(String kind) {
    String m =
        messages.getMessage(
            "uireports.entity." + kind, null, kind, LocaleContextHolder.getLocale());
    return m == null ? kind : m;
  }

  public List<String> entities() {
    return ENTITIES;
  }

  /** Local time as the pages show it ({@code 2024-03-01 10:30:00}). */
  static String time(@Nullable Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(ZONE));
  }

  /** {@link #time} for templates ({@code @auditLines.local(t.expiresAt)}). */
  public String local(@Nullable Instant at) {
    return time(at);
  }

  List<Line> lines(List<AuditView> entries) {
    Locale locale = LocaleContextHolder.getLocale();
    return entries.stream().map(e -> new Line(e, time(e.at()), changes(e, locale))).toList();
  }

  private List<Change> changes(AuditView e, Locale locale) {
    JsonNode before = e.before();
    JsonNode after = e.after();
    if ((before != null && !before.isObject()) || (after != null && !after.isObject())) {
      return List.of(new Change("", "", text(before), text(after), !Objects.equals(before, after)));
    }
    Map<String, JsonNode> b = flat(before);
    Map<String, JsonNode> a = flat(after);
    Set<String> fields = new LinkedHashSet<>(b.keySet());
    fields.addAll(a.keySet());
    List<Change> out = new ArrayList<>();
    for (String f : fields) {
      JsonNode was = b.get(f);
      JsonNode now = a.get(f);
      out.add(
          new Change(
              f,
              label(f, locale),
              values.show(f, was, e.enterpriseId()),
              values.show(f, now, e.enterpriseId()),
              !Objects.equals(was, now)));
    }
    return out;
  }

  /** A field's label: {@code field.<name>}, else the entry form's, else the name. */
  private String label(String path, Locale locale) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("\\.")) {
      String m = messages.getMessage("field." + p, null, null, locale);
      if (m == null) {
        m = messages.getMessage("entry.f." + p, null, p, locale);
      }
      parts.add(m == null ? p : m);
    }
    return String.join(" · ", parts);
  }

  /** Top-level fields, with the members of an object field one level down as {@code a.b}. */
  private static Map<String, JsonNode> flat(@Nullable JsonNode doc) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (doc == null) {
      return out;
    }
    for (Map.Entry<String, JsonNode> f : doc.properties()) {
      if (f.getValue().isObject() && !f.getValue().isEmpty()) {
        for (Map.Entry<String, JsonNode> m : f.getValue().properties()) {
          out.put(f.getKey() + "." + m.getKey(), m.getValue());
        }
      } else {
        out.put(f.getKey(), f.getValue());
      }
    }
    return out;
  }

  private static String text(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    return n.isValueNode() ? n.asString() : n.toString();
  }
}
