package org.minecarbon.app.meter.live.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.rows.MeterRow;

/** The trace of one calculated meter row: its meters, readings, formula, terms and factors. */
final class Traces {
  private Traces() {}

  static LiveFigures.Trace of(
      CalcLine line, String window, List<MeterRow> rows, List<Reading> readings, ZoneId zone) {
    String id = Objects.requireNonNullElse(line.row().id(), line.row().pointer());
    List<String> meters =
        rows.stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .map(MeterRow::meters)
            .orElse(List.of());
    YearMonth ym = YearMonth.of(line.row().period().year(), line.row().period().month());
    Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    long count =
        readings.stream()
            .filter(r -> meters.contains(r.meter()))
            .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to))
            .count();
    List<String> factors = new ArrayList<>();
    for (FactorUse f : line.factors()) {
      factors.add(
          f.symbol()
              + " = "
              + f.factor().value()
              + " "
              + f.factor().unit()
              + " ("
              + f.factor().key()
              + ") — "
              + f.factor().citation());
    }
    List<String> terms = new ArrayList<>();
    for (Term t : line.terms()) {
      terms.add(t.label() + ": " + t.activity() + " " + t.activityUnit());
    }
    return new LiveFigures.Trace(
        line.column(),
        window,
        id,
        meters,
        count,
        String.join("; ", terms),
        line.formula(),
        factors,
        line.co2e());
  }
}
