package org.minecarbon.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Column;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.Contribution;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.Phase;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.PlanStatus;
import org.minecarbon.planning.result.SeedPath;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.result.YearCost;
import org.minecarbon.planning.result.YearResult;
import tools.jackson.databind.node.ObjectNode;

class PlanResultWriterTest {
  @Test
  void write_optimal_contractFields() {
    Map<Column, Double> cols = new EnumMap<>(Column.class);
    cols.put(Column.FUEL, 550.0);
    YearResult y =
        new YearResult(
            2027,
            cols,
            550,
            300,
            250,
            0,
            Map.of("raw-coal", 0.55),
            new YearCost(1600, 0, 1250, 2850, 2850),
            0,
            List.of(new Contribution("A", SeedPath.REDUCTION, 550, 0)));
    PlanResult r =
        new PlanResult(
            PlanStatus.OPTIMAL,
            2850.0,
            null,
            "CNY",
            List.of(new Adoption("A", 2027)),
            List.of(y),
            List.of(
                new MaccEntry("A", 2027, 550, 1000, 1000 / 550.0),
                new MaccEntry("C", 2027, 0, 5, null)),
            List.of(new Phase("peak", 2025, 2027)),
            List.of(),
            null,
            1e6,
            -12.5,
            List.of());
    ObjectNode o = PlanResultWriter.tree(r);
    assertThat(o.get("format").stringValue()).isEqualTo("minecarbon/plan-result@1");
    assertThat(o.get("status").stringValue()).isEqualTo("optimal");
    assertThat(o.get("objective").doubleValue()).isEqualTo(2850);
    assertThat(o.get("adopted").get(0).get("measure").stringValue()).isEqualTo("A");
    var year = o.get("years").get(0);
    assertThat(year.get("emissions").get("total").doubleValue()).isEqualTo(550);
    assertThat(year.get("emissions").has("fugitiveCH4")).isTrue();
    assertThat(year.get("cost").get("discounted").doubleValue()).isEqualTo(2850);
    assertThat(year.get("intensity").get("raw-coal").doubleValue()).isEqualTo(0.55);
    assertThat(year.get("paths").get("reduction").get("reduction").doubleValue()).isEqualTo(550);
    assertThat(year.get("paths").get("storage").get("reduction").doubleValue()).isZero();
    assertThat(year.get("measures").get(0).get("path").stringValue()).isEqualTo("reduction");
    assertThat(o.get("macc").get(1).has("costPerTonne")).isFalse();
    assertThat(o.get("mps").get("objectiveScale").doubleValue()).isEqualTo(1e6);
    assertThat(o.get("mps").get("objectiveConstant").doubleValue()).isEqualTo(-12.5);
  }

  @Test
  void write_infeasible_noObjectiveAdoptedOrYears() {
    PlanResult r =
        new PlanResult(
            PlanStatus.INFEASIBLE,
            null,
            null,
            "CNY",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Violation("/targets/0", "cap", 2027, 150)),
            "msg",
            1e6,
            0,
            List.of());
    ObjectNode o = PlanResultWriter.tree(r);
    assertThat(o.has("objective")).isFalse();
    assertThat(o.has("adopted")).isFalse();
    assertThat(o.has("years")).isFalse();
    assertThat(o.get("violations").get(0).get("shortfall").doubleValue()).isEqualTo(150);
    assertThat(o.get("message").stringValue()).isEqualTo("msg");
  }
}
