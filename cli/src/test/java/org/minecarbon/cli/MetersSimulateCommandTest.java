package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.meter.simulate.MineSimulator;

/** {@code minecarbon meters simulate}: determinism, the documented ranges, valid readings. */
class MetersSimulateCommandTest {
  private static final String START = "2026-03-01T00:00:00Z";

  @Test
  void simulate_sameSeed_sameLinesOtherSeedOtherLines() {
    CliRun a = CliRun.of("meters", "simulate", "--seed", "7", "--start", START, "--steps", "30");
    CliRun b = CliRun.of("meters", "simulate", "--seed", "7", "--start", START, "--steps", "30");
    CliRun c = CliRun.of("meters", "simulate", "--seed", "8", "--start", START, "--steps", "30");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
    assertThat(a.out().lines()).hasSize(30 * 6); // six meters a step
  }

  @Test
  void simulate_twoHours_readingsValidRangesAndEnergyWithinTheLoadBounds() {
    CliRun run = CliRun.of("meters", "simulate", "--seed", "3", "--start", START, "--steps", "121");
    MeterRegistry registry = registry();
    Result<List<Reading>> read =
        ReadingsReader.read(run.out().getBytes(StandardCharsets.UTF_8), "sim.csv", registry);
    assertThat(read.issues()).isEmpty();
    List<Reading> readings = ((Result.Ok<List<Reading>>) read).value();
    for (Reading r : readings) {
      switch (r.meter()) {
        case "RA-1" -> {
          assertThat(r.flow()).isBetween(8_000.0, 15_000.0);
          assertThat(r.concentration()).isBetween(0.2, 0.6);
        }
        case "DR-1" -> assertThat(r.concentration()).isBetween(9.0, 30.0);
        default -> {}
      }
    }
    MeterReport report =
        MeterRows.compute(registry, readings, y -> true, Instant.parse(START).plusSeconds(7200));
    assertThat(report.alarms()).isEmpty();
    // E-SUB1 draws 1,800–3,200 kW for the 2 h between the first and the last reading:
    // 3.6–6.4 MWh (±0.01 kWh register rounding × multiplier 10 per step)
    MeterRow sub1 =
        report.rows().stream().filter(r -> r.id().equals("meter:E-SUB1:2026-03")).findFirst().get();
    double mwh =
        ((org.minecarbon.core.inventory.ActivityRow.Electricity) sub1.row()).quantity().value();
    assertThat(mwh).isBetween(3.6 - 0.01, 6.4 + 0.01);
    assertThat(sub1.completeness()).isGreaterThan(0);
  }

  @Test
  void simulate_urlWithoutToken_everyProblemExit2() {
    CliRun run =
        CliRun.of("meters", "simulate", "--url", "http://x", "--step", "P1", "--speed", "-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--step", "--speed", "--token");
  }

  private static MeterRegistry registry() {
    Result<MeterRegistry> r =
        RegistryReader.read(MineSimulator.demoRegistry(), "meters.json", Set.of("mine"));
    assertThat(r.issues()).isEmpty();
    return ((Result.Ok<MeterRegistry>) r).value();
  }
}
