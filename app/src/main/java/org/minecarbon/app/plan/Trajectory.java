package org.minecarbon.app.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's target trajectory as one finished plan run drew it, for the dashboard (issue 13):
 * the run's emissions path, the targets of the plan version it ran, and the gap of the latest
 * actual year to the path. Every number names its source (plan, version, run).
 *
 * @param planId the plan
 * @param planName its name as the run's version stored it
 * @param version the plan version the run solved
 * @param runId the run (job id)
 * @param runAt when the run was started
 * @param path the run's plan years (plan result v1 {@code years}), sorted by year
 * @param targets the version's targets ({@code targets} of plan document v1), in document order
 * @param gap the latest actual year against the path; null when the enterprise has no actual year
 *     or the run has no path (infeasible)
 */
public record Trajectory(
    long planId,
    String planName,
    int version,
    String runId,
    Instant runAt,
    List<Point> path,
    List<Target> targets,
    @Nullable Gap gap) {
  public Trajectory {
    path = List.copyOf(path);
    targets = List.copyOf(targets);
  }

  /**
   * One plan year of the run.
   *
   * @param emissions E(t), gross emissions (tCO2e)
   * @param net E(t) − removals − allowances (tCO2e)
   * @param intensity product → E(t) / production(t) (tCO2e/t)
   */
  public record Point(int year, double emissions, double net, Map<String, Double> intensity) {
    public Point {
      intensity = Map.copyOf(intensity);
    }
  }

  /** The kinds of target of plan document v1 §1.4. */
  public enum Kind {
    PEAK,
    CAP,
    INTENSITY,
    NEUTRAL
  }

  /**
   * One target of the plan version.
   *
   * @param year the target year (P, Y or N)
   * @param value cap: the maximum E(Y) (tCO2e); intensity: the limit (1 − reduction) × E(b) /
   *     production(b) (tCO2e/t) from the balance of year b; null for peak and neutral, and for an
   *     intensity target whose base year or product the balance does not have
   * @param product the intensity target's product, else null
   * @param baseYear the intensity target's base year b, else null
   * @param reduction the intensity target's reduction (fraction), else null
   */
  public record Target(
      Kind kind,
      int year,
      @Nullable Double value,
      @Nullable String product,
      @Nullable Integer baseYear,
      @Nullable Double reduction) {}

  /**
   * The latest actual year against the path.
   *
   * @param year the latest year of the balance
   * @param actual its gross emissions (tCO2e)
   * @param pathYear the path year compared: {@code year} itself when the path covers it, else the
   *     path's first year (the path starts after the actual year) or its last (it ended before)
   * @param pathValue E(pathYear) of the run (tCO2e)
   * @param ratio actual / pathValue − 1 (0.05 = 5 % above the path); null when pathValue is 0
   */
  public record Gap(
      int year, double actual, int pathYear, double pathValue, @Nullable Double ratio) {
    /** Whether the path covers the actual year itself. */
    public boolean sameYear() {
      return year == pathYear;
    }
  }
}
