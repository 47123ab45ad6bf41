package org.minecarbon.app.meter.live.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minecarbon.app.meter.live.MethanePanel;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.MeterUnits;

/**
 * The methane panel: per CH4 meter of the site, each ok reading's flow, concentration, pure-CH4
 * rate q = flow × c/100 × k (k to normal conditions, contract §1) in Nm³/min, and q as tCO2e/h. The
 * tCO2e of 10⁴ Nm³ comes from core's calculator on a one-row inventory (10⁴ Nm³ of ventilation CH4
 * at the site this month), so density and GWP are the balance's.
 */
public final class MethaneCalculator {
  private MethaneCalculator() {}

  public static MethanePanel panel(
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      List<Reading> readings,
      String site,
      Instant from,
      Instant to) {
    double perTenK =
        co2ePerTenKNm3(base, library, site, YearMonth.from(to.atZone(registry.timezone())));
    Map<String, List<MethanePanel.Point>> byMeter = new TreeMap<>();
    Map<String, Meter> meters = registry.byId();
    for (Reading r : readings) {
      Meter m = meters.get(r.meter());
      if (m == null || !isCh4(m) || !site.equals(m.site()) || r.status() != Status.OK) {
        continue;
      }
      if (r.time().isBefore(from) || r.time().isAfter(to) || !r.isPair()) {
        continue;
      }
      double perMin = ch4PerMinute(m, r);
      double sign = m.kind().isCredit() ? -1 : 1;
      byMeter
          .computeIfAbsent(m.id(), k -> new ArrayList<>())
          .add(
              new MethanePanel.Point(
                  r.time(),
                  r.flow(),
                  r.concentration(),
                  perMin,
                  sign * perMin * 60 / 1e4 * perTenK));
    }
    List<MethanePanel.Series> series = new ArrayList<>();
    byMeter.forEach(
        (id, points) ->
            series.add(new MethanePanel.Series(id, meters.get(id).kind().code(), points)));
    return new MethanePanel(site, from, to, perTenK, series);
  }

  static boolean isCh4(Meter m) {
    return m.kind().source() == org.minecarbon.core.inventory.Source.MINE_METHANE && !m.isVirtual();
  }

  /** Pure CH4 in Nm³/min: flow × c/100 × k × (10⁴ Nm³ per second per flow unit) × 10⁴ × 60. */
  static double ch4PerMinute(Meter m, Reading r) {
    Conditions c = r.conditions() != null ? r.conditions() : m.conditions();
    double k = c == null ? 1.0 : c.toNormal();
    double scale = MeterUnits.of(m).map(MeterUnits.Scale::factor).orElse(Double.NaN);
    return r.flow() * r.concentration() / 100 * k * scale * 1e4 * 60;
  }

  /** tCO2e of 10⁴ Nm³ of ventilation CH4 at the site in the month, by core's calculator. */
  static double co2ePerTenKNm3(Inventory base, FactorLibrary library, String site, YearMonth ym) {
    RowMeta meta =
        new RowMeta(
            "live:unit",
            "/activities/0",
            new Period(ym.getYear(), ym.getMonthValue()),
            site,
            null,
            null,
            null,
            null);
    ActivityRow unit = new ActivityRow.MineMethane(meta, 1.0, null, null, null, Units.TEN_K_NM3);
    Inventory inv =
        new Inventory(
            base.enterprise(), base.settings(), base.sites(), List.of(unit), List.of(), List.of());
    Result<Calculation> r = new Calculator(library).calculate(inv);
    if (r instanceof Result.Ok<Calculation> ok) {
      return ok.value().lines().stream().mapToDouble(CalcLine::co2e).sum();
    }
    return Double.NaN; // shown as "–": the enterprise's factor set has no coal-mine CH4
  }
}
