package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.store.inventory.RowKind;

/**
 * The completeness grid of a year: for each site (and the enterprise as a whole for its sink and
 * production rows) and each source that has any row in the year, the state of every month. A month
 * is {@code entered} when a monthly row exists that is not marked estimated, {@code estimated} when
 * all its rows are, {@code annual} when a whole-year row covers it, else {@code missing} — the gap
 * a manager closes before submitting.
 */
final class Completeness {
  /** The state of one month of one source at one site. */
  enum State {
    ENTERED,
    ESTIMATED,
    ANNUAL,
    MISSING;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One line: a site (empty code for the enterprise), a source and its 12 months. */
  record Line(String site, String type, List<State> months) {
    Line {
      months = List.copyOf(months);
    }

    public long gaps() {
      return months.stream().filter(s -> s == State.MISSING).count();
    }

    public String getSite() {
      return site;
    }

    public String getType() {
      return type;
    }

    public List<State> getMonths() {
      return months;
    }
  }

  private Completeness() {}

  /**
   * The lines of a year: every site in the given order × every source that any site has rows of (so
   * a source entered at one mine and forgotten at another shows as missing there), then the
   * enterprise-level rows.
   */
  static List<Line> of(List<String> sites, List<RowView> rows) {
    TreeSet<String> siteTypes = new TreeSet<>(Completeness::byFormOrder);
    TreeSet<String> enterpriseTypes = new TreeSet<>(Completeness::byFormOrder);
    for (RowView r : rows) {
      (r.site() == null ? enterpriseTypes : siteTypes).add(type(r));
    }
    List<Line> out = new ArrayList<>();
    for (String site : sites) {
      for (String type : siteTypes) {
        out.add(line(site, type, rows));
      }
    }
    for (String type : enterpriseTypes) {
      out.add(line("", type, rows));
    }
    return out;
  }

  /** Sources in the contract's order (as the type pick-list), unknown codes last. */
  private static int byFormOrder(String a, String b) {
    List<String> order = EntryForms.all().stream().map(EntryForms.Form::type).toList();
    int ia = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
    int ib = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
    return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
  }

  /** The source code, {@code production} for production rows (their product is not a source). */
  static String type(RowView r) {
    return r.kind() == RowKind.PRODUCTION ? EntryForms.PRODUCTION : r.type();
  }

  private static Line line(String site, String type, List<RowView> rows) {
    Map<Integer, List<RowView>> byMonth = new LinkedHashMap<>();
    boolean annual = false;
    for (RowView r : rows) {
      String rs = r.site() == null ? "" : r.site();
      if (!rs.equals(site) || !type(r).equals(type)) {
        continue;
      }
      if (r.month() == null) {
        annual = true;
      } else {
        byMonth.computeIfAbsent(r.month(), k -> new ArrayList<>()).add(r);
      }
    }
    List<State> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      List<RowView> in = byMonth.getOrDefault(m, List.of());
      months.add(state(in, annual));
    }
    return new Line(site, type, months);
  }

  private static State state(List<RowView> in, boolean annual) {
    if (in.isEmpty()) {
      return annual ? State.ANNUAL : State.MISSING;
    }
    boolean allEstimated = in.stream().allMatch(r -> r.doc().path("estimated").asBoolean(false));
    return allEstimated ? State.ESTIMATED : State.ENTERED;
  }
}
