package org.minecarbon.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.plan.Trajectory.Gap;
import org.minecarbon.app.plan.Trajectory.Kind;
import org.minecarbon.app.plan.Trajectory.Point;
import org.minecarbon.app.plan.Trajectory.Target;
import tools.jackson.databind.JsonNode;

/**
 * Builds a {@link Trajectory} from a finished plan run, the plan version it ran and the
 * enterprise's actual figures. Pure: reads the stored plan result v1 and plan document v1 trees.
 */
public final class Trajectories {
  private Trajectories() {}

  /** The newest run of a list (newest first, as {@link PlanService#runs}) that is done. */
  public static Optional<PlanJob> latestDone(List<PlanJob> runs) {
    return runs.stream()
        .filter(j -> PlanJob.DONE.equals(j.state()) && j.result() != null)
        .findFirst();
  }

  /**
   * The trajectory of a done run.
   *
   * @param version the plan version the run solved ({@code run.version()})
   * @throws IllegalArgumentException when the run is not of that version or has no result
   */
  public static Trajectory of(Actuals actual, PlanVersion version, PlanJob run) {
    if (run.planId() != version.planId() || run.version() != version.version()) {
      throw new IllegalArgumentException("run " + run.id() + " is not of version " + version);
    }
    JsonNode result = run.result();
    if (result == null) {
      throw new IllegalArgumentException("run " + run.id() + " has no result");
    }
    List<Point> path = path(result.path("years"));
    JsonNode doc = version.document();
    List<Target> targets = targets(doc.path("targets"), doc.path("baseYear").asInt(0), actual);
    return new Trajectory(
        version.planId(),
        version.name(),
        version.version(),
        run.id(),
        run.createdAt(),
        path,
        targets,
        gap(actual, path));
  }

  private static List<Point> path(JsonNode years) {
    List<Point> out = new ArrayList<>();
    for (JsonNode y : years) {
      Map<String, Double> intensity = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : y.path("intensity").properties()) {
        intensity.put(e.getKey(), e.getValue().asDouble());
      }
      out.add(
          new Point(
              y.path("year").asInt(),
              y.path("emissions").path("total").asDouble(),
              y.path("net").asDouble(),
              intensity));
    }
    out.sort(java.util.Comparator.comparingInt(Point::year));
    return out;
  }

  private static List<Target> targets(JsonNode targets, int planBaseYear, Actuals actual) {
    List<Target> out = new ArrayList<>();
    for (JsonNode t : targets) {
      int year = t.path("year").asInt();
      switch (t.path("kind").asString("")) {
        case "peak" -> out.add(new Target(Kind.PEAK, year, null, null, null, null));
        case "neutral" -> out.add(new Target(Kind.NEUTRAL, year, null, null, null, null));
        case "cap" ->
            out.add(new Target(Kind.CAP, year, t.path("max").asDouble(), null, null, null));
        case "intensity" -> out.add(intensity(t, year, planBaseYear, actual));
        default -> {
          // a stored version passed plan document v1 validation: no other kind exists
        }
      }
    }
    return out;
  }

  /** Limit (1 − reduction) × E(b) / production(b), b the target's base year or the plan's. */
  private static Target intensity(JsonNode t, int year, int planBaseYear, Actuals actual) {
    String product = t.path("product").asString("");
    int base = t.path("baseYear").isNumber() ? t.path("baseYear").asInt() : planBaseYear;
    double reduction = t.path("reduction").asDouble();
    Double baseIntensity = actual.intensity().getOrDefault(base, Map.of()).get(product);
    Double limit = baseIntensity == null ? null : (1 - reduction) * baseIntensity;
    return new Target(Kind.INTENSITY, year, limit, product, base, reduction);
  }

  private static @Nullable Gap gap(Actuals actual, List<Point> path) {
    if (actual.emissions().isEmpty() || path.isEmpty()) {
      return null;
    }
    int year = actual.emissions().lastKey();
    double value = actual.emissions().get(year);
    Point ref =
        path.stream()
            .filter(p -> p.year() == year)
            .findFirst()
            .orElse(year < path.getFirst().year() ? path.getFirst() : path.getLast());
    Double ratio = ref.emissions() == 0 ? null : value / ref.emissions() - 1;
    return new Gap(year, value, ref.year(), ref.emissions(), ratio);
  }
}
