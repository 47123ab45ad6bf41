package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.Mode;

/** Test fixtures: registries in Asia/Shanghai, readings at local times, row lookups. */
final class Fx {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Far after every reading: every month has fully elapsed. */
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  /** Tolerance of exact (closed-form) comparisons: relative 1e-12 of quantities near 1. */
  static final double EXACT = 1e-9;

  private Fx() {}

  static Instant t(String localShanghai) {
    return OffsetDateTime.parse(localShanghai + "+08:00").toInstant();
  }

  static MeterRegistry registry(Meter... meters) {
    return new MeterRegistry(SHANGHAI, Arrays.asList(meters));
  }

  static Meter counter(String id, MeterKind kind, String unit) {
    return Meter.of(id, "north", kind, Mode.COUNTER, unit);
  }

  static Meter gas(String id, MeterKind kind) {
    return Meter.of(id, "north", kind, Mode.RATE, "m3/min");
  }

  static Reading v(String meter, String local, double value) {
    return Reading.value(meter, t(local), value);
  }

  static Reading p(String meter, String local, double flow, double conc) {
    return Reading.pair(meter, t(local), flow, conc);
  }

  static MeterReport compute(MeterRegistry r, Reading... readings) {
    return MeterRows.compute(r, List.of(readings), y -> true, LATER);
  }

  static MeterRow row(MeterReport report, String id) {
    return report.rows().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id + " in " + ids(report)));
  }

  static List<String> ids(MeterReport report) {
    return report.rows().stream().map(MeterRow::id).toList();
  }

  /** The main quantity of a single-meter row (electricity purchased, fuel, heat, flare). */
  static double quantity(MeterRow row) {
    return switch (row.row()) {
      case ActivityRow.Electricity e -> e.quantity().value();
      case ActivityRow.Fuel f -> f.quantity().value();
      case ActivityRow.Heat h -> h.quantity().value();
      case ActivityRow.Flare f -> f.quantity().value();
      default -> throw new AssertionError("no single quantity: " + row.row());
    };
  }

  static ActivityRow.MineMethane methane(MeterRow row) {
    assertThat(row.row()).isInstanceOf(ActivityRow.MineMethane.class);
    return (ActivityRow.MineMethane) row.row();
  }

  static List<Alarm> alarms(MeterReport report, AlarmCode code) {
    return report.alarms().stream().filter(a -> a.code() == code).toList();
  }
}
