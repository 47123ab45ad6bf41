package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.plan.Actuals;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.app.plan.Trajectories;
import org.minecarbon.app.plan.Trajectory;
import org.springframework.stereotype.Component;

/**
 * The plan whose target trajectory the dashboard draws (issue 13): the one asked for, else the plan
 * with the newest done run, else the newest plan (which then has no run to show).
 */
@Component
class DashboardPlans {
  private final PlanService plans;

  DashboardPlans(PlanService plans) {
    this.plans = plans;
  }

  /**
   * @param plans the enterprise's plans, newest first (the selector)
   * @param plan the chosen plan (latest version), null when the enterprise has none
   * @param trajectory its latest done run's trajectory, null when it has none
   */
  record Choice(
      List<PlanVersion> plans, @Nullable PlanVersion plan, @Nullable Trajectory trajectory) {}

  Choice choose(long eid, @Nullable Long planId, Actuals actual) {
    List<PlanVersion> all = new ArrayList<>(plans.list(eid));
    all.sort(Comparator.comparingLong(PlanVersion::planId).reversed());
    if (all.isEmpty()) {
      return new Choice(all, null, null);
    }
    Map<Long, Optional<PlanJob>> runs = new LinkedHashMap<>();
    for (PlanVersion p : all) {
      runs.put(p.planId(), Trajectories.latestDone(plans.runs(eid, p.planId())));
    }
    PlanVersion chosen =
        all.stream()
            .filter(p -> planId != null && p.planId() == planId)
            .findFirst()
            .orElseGet(() -> newestRun(all, runs));
    Optional<PlanJob> run = runs.get(chosen.planId());
    Trajectory t =
        run.map(j -> Trajectories.of(actual, plans.get(eid, j.planId(), j.version()), j))
            .orElse(null);
    return new Choice(all, chosen, t);
  }

  private static PlanVersion newestRun(List<PlanVersion> all, Map<Long, Optional<PlanJob>> runs) {
    return all.stream()
        .filter(p -> runs.get(p.planId()).isPresent())
        .max(Comparator.comparing(p -> runs.get(p.planId()).orElseThrow().createdAt()))
        .orElse(all.getFirst());
  }

  /**
   * The chart data: one category per year from the first actual or path year to the last, actual
   * emissions, the run's E(t) and net, the targets, and the intensity of the first intensity
   * target's product (actual, path, limit) for the second axis.
   */
  static Map<String, Object> chart(Trajectory t, Actuals actual) {
    TreeSet<Integer> span = new TreeSet<>(actual.emissions().keySet());
    t.path().forEach(p -> span.add(p.year()));
    List<Integer> years = new ArrayList<>();
    for (int y = span.first(); y <= span.last(); y++) {
      years.add(y);
    }
    Map<Integer, Trajectory.Point> path = new LinkedHashMap<>();
    t.path().forEach(p -> path.put(p.year(), p));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", years.stream().map(String::valueOf).toList());
    m.put("actual", years.stream().map(y -> round(actual.emissions().get(y))).toList());
    m.put(
        "path", years.stream().map(y -> round(at(path, y, Trajectory.Point::emissions))).toList());
    m.put("net", years.stream().map(y -> round(at(path, y, Trajectory.Point::net))).toList());
    m.put("targets", t.targets().stream().map(DashboardPlans::target).toList());
    t.targets().stream()
        .filter(x -> x.kind() == Trajectory.Kind.INTENSITY && x.product() != null)
        .findFirst()
        .ifPresent(x -> m.put("intensity", intensity(x, years, path, actual)));
    return m;
  }

  private static Map<String, Object> intensity(
      Trajectory.Target x, List<Integer> years, Map<Integer, Trajectory.Point> path, Actuals a) {
    String product = x.product();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("product", product);
    m.put("year", x.year());
    m.put("limit", x.value());
    m.put(
        "actual",
        years.stream().map(y -> a.intensity().getOrDefault(y, Map.of()).get(product)).toList());
    m.put(
        "path",
        years.stream()
            .map(y -> path.containsKey(y) ? path.get(y).intensity().get(product) : null)
            .toList());
    return m;
  }

  private static Map<String, Object> target(Trajectory.Target x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("year", String.valueOf(x.year()));
    m.put("value", x.value());
    m.put("product", x.product());
    return m;
  }

  private static @Nullable Double at(
      Map<Integer, Trajectory.Point> path,
      int year,
      java.util.function.ToDoubleFunction<Trajectory.Point> f) {
    Trajectory.Point p = path.get(year);
    return p == null ? null : f.applyAsDouble(p);
  }

  private static @Nullable Double round(@Nullable Double v) {
    return v == null ? null : Math.round(v * 100) / 100.0;
  }
}
