package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.plan.Actuals;
import org.minecarbon.app.plan.Trajectory;
import org.minecarbon.planning.zone.ProvinceEnergy;

class DashboardTrajectoryTest {
  /** Messages as "key|arg0|arg1|…", so the test sees which sentence and which numbers. */
  private static final DashboardTexts.Messages KEYS =
      (key, args) -> key + (args.length == 0 ? "" : "|" + String.join("|", strings(args)));

  private static List<String> strings(Object[] args) {
    return java.util.Arrays.stream(args).map(String::valueOf).toList();
  }

  private static Trajectory trajectory(Trajectory.Gap gap) {
    return new Trajectory(
        7,
        "方案",
        2,
        "job-9",
        Instant.parse("2026-12-06T07:00:00Z"),
        List.of(
            new Trajectory.Point(2025, 100000, 99000, Map.of("raw-coal", 0.1)),
            new Trajectory.Point(2027, 90000, 89000, Map.of("raw-coal", 0.09))),
        List.of(
            new Trajectory.Target(Trajectory.Kind.PEAK, 2025, null, null, null, null),
            new Trajectory.Target(Trajectory.Kind.INTENSITY, 2026, 0.084, "raw-coal", 2024, 0.3)),
        gap);
  }

  @Test
  void sourceAround_sentenceSplitAtTheRunTime_noUtcTextOnThePage() {
    // the page shows the run's time as <time class="local-time"> between the two parts
    List<String> parts =
        DashboardTexts.sourceAround(
            trajectory(null),
            (key, args) -> java.text.MessageFormat.format("数据来源：规划“{0}”第 {1} 版，运行 {2}（{3}）", args));
    assertThat(parts).containsExactly("数据来源：规划“方案”第 2 版，运行 job-9（", "）");
  }

  @Test
  void gap_beforePath_aboveWithPercentInTenThousandTonnes() {
    // 120000 / 100000 − 1 = +20.0 %; 120000 t = 12.00 万吨, 100000 t = 10.00 万吨
    String s =
        DashboardTexts.gap(trajectory(new Trajectory.Gap(2024, 120000, 2025, 100000, 0.2)), KEYS);
    assertThat(s).isEqualTo("dash.gap.above|2024|12.00|20.0|10.00|2025dash.gap.before|2025");
  }

  @Test
  void gap_sameYearBelow_noPathYearClause() {
    // 85500 / 95000 − 1 = −10.0 %
    String s =
        DashboardTexts.gap(trajectory(new Trajectory.Gap(2026, 85500, 2026, 95000, -0.1)), KEYS);
    assertThat(s).isEqualTo("dash.gap.below|2026|8.55|10.0|9.50|2026");
  }

  @Test
  void source_namesPlanVersionRunAndTime() {
    String s = DashboardTexts.source(trajectory(null), KEYS);
    assertThat(s).isEqualTo("dash.source|方案|2|job-9|2026-12-06 07:00 UTC");
  }

  @Test
  void chart_yearsSpanActualAndPath_gapsAreNullNotZero() {
    Actuals actual =
        new Actuals(
            new TreeMap<>(Map.of(2023, 130000.0, 2024, 120000.0)),
            Map.of(2024, Map.of("raw-coal", 0.12)));
    Map<String, Object> m = DashboardPlans.chart(trajectory(null), actual);

    assertThat(m.get("years")).isEqualTo(List.of("2023", "2024", "2025", "2026", "2027"));
    assertThat(m.get("actual")).isEqualTo(Arrays.asList(130000.0, 120000.0, null, null, null));
    // 2026 is not a plan year of this run: null, not 0
    assertThat(m.get("path")).isEqualTo(Arrays.asList(null, null, 100000.0, null, 90000.0));
    @SuppressWarnings("unchecked")
    Map<String, Object> i = (Map<String, Object>) m.get("intensity");
    assertThat(i.get("limit")).isEqualTo(0.084);
    assertThat(i.get("actual")).isEqualTo(Arrays.asList(null, 0.12, null, null, null));
  }

  @Test
  void changes_newSameAndReplaced_counted() {
    ProvinceEnergy stored = new ProvinceEnergy("甲省", 2023, 100, 50, 0.1, "年鉴");
    ProvinceEnergy same = new ProvinceEnergy("甲省", 2023, 100, 50, 0.1, "年鉴");
    ProvinceEnergy changed = new ProvinceEnergy("乙省", 2023, 1, 2, 0.2, "新");
    ProvinceEnergy old = new ProvinceEnergy("乙省", 2023, 1, 3, 0.2, "新");
    ProvinceEnergy fresh = new ProvinceEnergy("丙省", 2023, 1, 2, 0.2, "新");

    ProvinceEnergyChanges c =
        ProvinceEnergyChanges.of(List.of(same, changed, fresh), List.of(stored, old));

    assertThat(c.replaced()).isEqualTo(2);
    assertThat(c.changed()).isEqualTo(1);
    assertThat(c.rows().get(2).old()).isNull();
  }
}
