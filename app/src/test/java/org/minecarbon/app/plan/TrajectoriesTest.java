package org.minecarbon.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.plan.Trajectory.Kind;
import org.minecarbon.app.plan.Trajectory.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrajectoriesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Plan document v1 (targets as in the contract's example, base year 2024). */
  private static final String DOC =
      """
      {"baseYear": 2024, "targets": [
        {"kind": "peak", "year": 2026},
        {"kind": "intensity", "product": "raw-coal", "year": 2027, "reduction": 0.30},
        {"kind": "cap", "year": 2027, "max": 90000},
        {"kind": "intensity", "product": "copper", "year": 2027, "reduction": 0.1, "baseYear": 2019},
        {"kind": "neutral", "year": 2060}]}
      """;

  /** Plan result v1 with three plan years, written out of order. */
  private static final String RESULT =
      """
      {"format": "minecarbon/plan-result@1", "status": "optimal", "years": [
        {"year": 2026, "emissions": {"total": 95000}, "net": 94000, "intensity": {"raw-coal": 0.095}},
        {"year": 2025, "emissions": {"total": 100000}, "net": 99000, "intensity": {"raw-coal": 0.1}},
        {"year": 2027, "emissions": {"total": 88000}, "net": 87000, "intensity": {"raw-coal": 0.088}}]}
      """;

  private static JsonNode json(String s) {
    return JSON.readTree(s);
  }

  private static PlanVersion version() {
    return new PlanVersion(7, 1, 3, "达峰方案", json(DOC), "anna", Instant.EPOCH);
  }

  private static PlanJob run(String state, String result) {
    return new PlanJob(
        "job-1", 1, 7, 3, state, 1, json(result), null, null, List.of(), "anna", Instant.EPOCH);
  }

  private static Actuals actuals(Map<Integer, Double> emissions) {
    // 2024 raw-coal intensity 0.12 tCO2e/t (e.g. 120000 t over 1 Mt)
    return new Actuals(new TreeMap<>(emissions), Map.of(2024, Map.of("raw-coal", 0.12)));
  }

  @Test
  void of_doneRun_pathSortedAndTargetsWithLimits() {
    Trajectory t = Trajectories.of(actuals(Map.of(2024, 120000.0)), version(), run("done", RESULT));

    assertThat(t.path()).extracting(Trajectory.Point::year).containsExactly(2025, 2026, 2027);
    assertThat(t.path().getFirst().emissions()).isEqualTo(100000.0);
    assertThat(t.path().getFirst().net()).isEqualTo(99000.0);
    assertThat(t.planName()).isEqualTo("达峰方案");
    assertThat(t.version()).isEqualTo(3);
    assertThat(t.runId()).isEqualTo("job-1");
    assertThat(t.targets())
        .extracting(Target::kind)
        .containsExactly(Kind.PEAK, Kind.INTENSITY, Kind.CAP, Kind.INTENSITY, Kind.NEUTRAL);
    // intensity limit = (1 − 0.30) × 0.12 (2024's raw-coal intensity, the plan's base year) = 0.084
    assertThat(t.targets().get(1).value()).isCloseTo(0.084, within(1e-12));
    assertThat(t.targets().get(1).baseYear()).isEqualTo(2024);
    assertThat(t.targets().get(2).value()).isEqualTo(90000.0);
    // base year 2019 is not in the balance: no limit, rather than a limit of 0
    assertThat(t.targets().get(3).value()).isNull();
    assertThat(t.targets().get(0).value()).isNull();
  }

  @Test
  void of_actualBeforePath_gapAgainstFirstPathYear() {
    Trajectory t =
        Trajectories.of(
            actuals(Map.of(2023, 130000.0, 2024, 120000.0)), version(), run("done", RESULT));

    // latest actual 2024 precedes the path (2025…2027): 120000 / 100000 − 1 = +20 %
    assertThat(t.gap()).isNotNull();
    assertThat(t.gap().year()).isEqualTo(2024);
    assertThat(t.gap().pathYear()).isEqualTo(2025);
    assertThat(t.gap().sameYear()).isFalse();
    assertThat(t.gap().ratio()).isCloseTo(0.20, within(1e-12));
  }

  @Test
  void of_actualInsidePath_gapSameYear() {
    Trajectory t = Trajectories.of(actuals(Map.of(2026, 85500.0)), version(), run("done", RESULT));

    // 85500 / 95000 − 1 = −0.10: 10 % below the path
    assertThat(t.gap().pathYear()).isEqualTo(2026);
    assertThat(t.gap().sameYear()).isTrue();
    assertThat(t.gap().ratio()).isCloseTo(-0.10, within(1e-12));
  }

  @Test
  void of_actualAfterPath_gapAgainstLastPathYear() {
    Trajectory t = Trajectories.of(actuals(Map.of(2030, 88000.0)), version(), run("done", RESULT));

    // after the path's end the path keeps its last value (88000): 0 % gap
    assertThat(t.gap().pathYear()).isEqualTo(2027);
    assertThat(t.gap().ratio()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void of_infeasibleRun_noPathNoGap() {
    Trajectory t =
        Trajectories.of(
            actuals(Map.of(2024, 120000.0)),
            version(),
            run("done", "{\"status\": \"infeasible\", \"violations\": []}"));

    assertThat(t.path()).isEmpty();
    assertThat(t.gap()).isNull();
  }

  @Test
  void of_runOfAnotherVersion_rejected() {
    PlanVersion other = new PlanVersion(7, 1, 2, "达峰方案", json(DOC), "anna", Instant.EPOCH);
    assertThatThrownBy(() -> Trajectories.of(actuals(Map.of()), other, run("done", RESULT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latestDone_skipsRunningAndFailed_takesNewestDone() {
    PlanJob running = run("running", RESULT);
    PlanJob failed = run("failed", RESULT);
    PlanJob done =
        new PlanJob(
            "job-0",
            1,
            7,
            3,
            "done",
            1,
            json(RESULT),
            null,
            null,
            List.of(),
            "anna",
            Instant.EPOCH);

    assertThat(Trajectories.latestDone(List.of(running, failed, done))).contains(done);
    assertThat(Trajectories.latestDone(List.of(running))).isEmpty();
  }
}
