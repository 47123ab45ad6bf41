package org.minecarbon.planning.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.result.Issue;

/**
 * Semantic checks of a structurally valid plan (contract §1, §3): base year, horizon, export price,
 * targets inside the horizon with their products, unique measures, known and acyclic {@code
 * requires}, earliest years. Every problem is listed.
 */
public final class PlanChecks {
  private PlanChecks() {}

  public static List<Issue> check(PlanDocument doc, Balance balance) {
    List<Issue> out = new ArrayList<>();
    if (balance.year(doc.baseYear()).isEmpty()) {
      out.add(
          Issue.error(
              PlanCodes.BASE_YEAR_NOT_IN_INVENTORY,
              "/baseYear",
              "the base year is not a year of the inventory",
              doc.baseYear(),
              "a year with rows in the inventory"));
    }
    if (doc.from() <= doc.baseYear() || doc.to() < doc.from()) {
      out.add(
          Issue.error(
              PlanCodes.HORIZON_INVALID,
              "/horizon",
              "the horizon must start after the base year and end no earlier than it starts",
              doc.from() + "–" + doc.to(),
              "baseYear < from ≤ to"));
      return out;
    }
    out.addAll(prices(doc));
    targets(doc, balance, out);
    measures(doc, out);
    return out;
  }

  /** The export price may not exceed the electricity price in any plan year (contract §1.2). */
  public static List<Issue> prices(PlanDocument doc) {
    for (int t = doc.from(); t <= doc.to(); t++) {
      if (doc.prices().export().at(t) > doc.prices().electricity().at(t)) {
        return List.of(
            Issue.error(
                PlanCodes.EXPORT_ABOVE_ELECTRICITY,
                "/prices/export",
                "the export price exceeds the electricity price in " + t,
                doc.prices().export().at(t),
                "≤ " + doc.prices().electricity().at(t)));
      }
    }
    return List.of();
  }

  private static void targets(PlanDocument doc, Balance balance, List<Issue> out) {
    for (Target t : doc.targets()) {
      if (t.year() < doc.from() || t.year() > doc.to()) {
        out.add(
            Issue.error(
                PlanCodes.TARGET_OUTSIDE_HORIZON,
                t.pointer() + "/year",
                "the target year is outside the horizon",
                t.year(),
                doc.from() + "–" + doc.to()));
      }
      if (t instanceof Target.Intensity in) {
        int b = in.baseYear() == null ? doc.baseYear() : in.baseYear();
        String where = in.baseYear() == null ? "/product" : "/baseYear";
        if (!produces(balance, b, in.product())) {
          out.add(
              Issue.error(
                  PlanCodes.UNKNOWN_PRODUCT,
                  t.pointer() + where,
                  "the inventory has no production of " + in.product() + " in " + b,
                  in.product(),
                  "a product with production in that year"));
        } else if (!produces(balance, doc.baseYear(), in.product())) {
          out.add(
              Issue.error(
                  PlanCodes.UNKNOWN_PRODUCT,
                  t.pointer() + "/product",
                  "the inventory has no production of " + in.product() + " in the base year",
                  in.product(),
                  "a product with base-year production"));
        }
      }
    }
  }

  private static boolean produces(Balance balance, int year, String product) {
    return balance
        .year(year)
        .map(BalanceYear::production)
        .map(p -> p.getOrDefault(product, 0.0) > 0)
        .orElse(false);
  }

  private static void measures(PlanDocument doc, List<Issue> out) {
    Map<String, Measure> byId = new HashMap<>();
    for (Measure m : doc.measures()) {
      if (byId.putIfAbsent(m.id(), m) != null) {
        out.add(
            Issue.error(
                PlanCodes.DUPLICATE_MEASURE,
                m.pointer() + "/id",
                "duplicate measure id",
                m.id(),
                "a unique id"));
      }
      if (m.earliestYear() != null && m.earliestYear() > doc.to()) {
        out.add(
            Issue.error(
                PlanCodes.EARLIEST_OUTSIDE_HORIZON,
                m.pointer() + "/earliestYear",
                "the measure can never be adopted within the horizon",
                m.earliestYear(),
                "≤ " + doc.to()));
      }
      for (int i = 0; i < m.requires().size(); i++) {
        String req = m.requires().get(i);
        if (doc.measures().stream().noneMatch(o -> o.id().equals(req))) {
          out.add(
              Issue.error(
                  PlanCodes.UNKNOWN_MEASURE,
                  m.pointer() + "/requires/" + i,
                  "unknown measure",
                  req,
                  "a measure id"));
        }
      }
    }
    Set<String> reported = new HashSet<>();
    for (Measure m : doc.measures()) {
      if (cycle(m.id(), m.id(), byId, new HashSet<>()) && reported.add(m.id())) {
        out.add(
            Issue.error(
                PlanCodes.REQUIRES_CYCLE,
                m.pointer() + "/requires",
                "the requires of " + m.id() + " lead back to it",
                m.id(),
                "no cycle"));
      }
    }
  }

  private static boolean cycle(
      String start, String at, Map<String, Measure> byId, Set<String> seen) {
    Measure m = byId.get(at);
    if (m == null || !seen.add(at)) {
      return false;
    }
    for (String r : m.requires()) {
      if (r.equals(start) || cycle(start, r, byId, seen)) {
        return true;
      }
    }
    return false;
  }
}
