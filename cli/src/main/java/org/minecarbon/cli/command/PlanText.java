package org.minecarbon.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.Phase;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.ScenarioResult;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.result.YearResult;

/** The plan result as terminal text: status, adopted measures, year table, MACC, phases. */
final class PlanText {
  private PlanText() {}

  static List<String> render(PlanResult r) {
    List<String> out = new ArrayList<>();
    out.add(
        "status: "
            + r.status().code()
            + (r.objective() == null
                ? ""
                : String.format(Locale.ROOT, "   objective: %,.0f %s", r.objective(), r.currency()))
            + (r.gap() == null ? "" : String.format(Locale.ROOT, "   gap: %.2e", r.gap())));
    if (r.message() != null) {
      out.add(r.message());
    }
    for (Violation v : r.violations()) {
      out.add(
          String.format(
              Locale.ROOT,
              "violation %s (%s) %d: short by %,.1f tCO2e",
              v.target(),
              v.kind(),
              v.year(),
              v.shortfall()));
    }
    for (Adoption a : r.adopted()) {
      out.add("adopt " + a.measure() + " in " + a.year());
    }
    years(r, out);
    macc(r, out);
    return out;
  }

  private static void years(PlanResult r, List<String> out) {
    if (!r.years().isEmpty()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%-6s %14s %12s %12s %14s %16s",
              "year",
              "emissions",
              "removals",
              "allowances",
              "net",
              "cost"));
      for (YearResult y : r.years()) {
        out.add(
            String.format(
                Locale.ROOT,
                "%-6d %,14.1f %,12.1f %,12.1f %,14.1f %,16.0f",
                y.year(),
                y.total(),
                y.removals(),
                y.allowances(),
                y.net(),
                y.cost().total()));
      }
    }
  }

  private static void macc(PlanResult r, List<String> out) {
    out.add("MACC (" + (r.macc().isEmpty() ? "-" : r.macc().get(0).year()) + "):");
    for (MaccEntry m : r.macc()) {
      out.add(
          String.format(
              Locale.ROOT,
              "  %-24s %,12.1f tCO2e %,16.0f %s %s",
              m.measure(),
              m.abatement(),
              m.cost(),
              r.currency(),
              m.costPerTonne() == null
                  ? ""
                  : String.format(Locale.ROOT, "%,.1f /t", m.costPerTonne())));
    }
    for (Phase p : r.phases()) {
      out.add("phase " + p.name() + ": " + p.from() + "–" + p.to());
    }
    for (ScenarioResult s : r.scenarios()) {
      out.add(
          "scenario "
              + s.name()
              + ": "
              + s.status().code()
              + (s.objective() == null ? "" : String.format(Locale.ROOT, " %,.0f", s.objective()))
              + " "
              + s.adopted().stream().map(a -> a.measure() + "@" + a.year()).toList());
    }
  }
}
