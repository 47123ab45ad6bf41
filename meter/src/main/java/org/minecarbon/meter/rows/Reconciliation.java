package org.minecarbon.meter.rows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;

/**
 * {@code RECONCILIATION} (contract §3): a month's metered total against the invoiced/entered
 * monthly rows of the same site, source and period (rows whose id does not start with {@code
 * meter:}). Compared quantity: electricity purchased − exported (MWh); fuel per fuel code (in the
 * metered row's unit); heat GJ; mine-methane vent + drain − flared − utilized; mine-co2 vent +
 * drain − recovered; flare quantity. A difference of exactly the tolerance (up to a relative 1e-9
 * of rounding in kWh → MWh) is accepted. Yearly entered rows are not compared. Alarm when |metered
 * − entered| > tolerance × |entered|.
 */
public final class Reconciliation {
  /** The contract's default tolerance: 2 %. */
  public static final double DEFAULT_TOLERANCE = 0.02;

  private Reconciliation() {}

  /** The alarms; time = the first instant after the month (the month's total shows it). */
  public static List<Alarm> compare(
      List<MeterRow> metered,
      List<ActivityRow> entered,
      double tolerance,
      ZoneId zone,
      @org.jspecify.annotations.Nullable String onlySite) {
    Map<String, Double> sums = new HashMap<>();
    for (ActivityRow row : entered) {
      String id = row.meta().id();
      if (id != null && id.startsWith("meter:") || !row.meta().period().isMonthly()) {
        continue;
      }
      String key = key(row, onlySite);
      OptionalDouble q = amount(row);
      if (q.isPresent()) {
        sums.merge(key, q.getAsDouble(), Double::sum);
      }
    }
    List<Alarm> out = new ArrayList<>();
    for (MeterRow m : metered) {
      Double e = sums.get(key(m.row(), onlySite));
      OptionalDouble q = amount(m.row());
      if (e == null
          || q.isEmpty()
          || Math.abs(q.getAsDouble() - e) <= tolerance * Math.abs(e) * (1 + 1e-9)) {
        continue;
      }
      var p = m.row().meta().period();
      Instant end =
          YearMonth.of(p.year(), p.month()).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      out.add(
          new Alarm(
              AlarmCode.RECONCILIATION,
              String.join(" ", m.meters()),
              end,
              m.id()
                  + ": metered "
                  + q.getAsDouble()
                  + " vs entered "
                  + e
                  + " (tolerance "
                  + tolerance * 100
                  + " %)"));
    }
    return out;
  }

  /**
   * One metered row against the entered rows of the same site, source (and fuel) and month.
   *
   * @param key site, source, fuel and period ({@code north|electricity||2024-03})
   * @param metered the compared quantity of the meter row (canonical unit, see the class comment)
   * @param entered the sum over the entered monthly rows; NaN when none was entered
   */
  public record Line(
      String rowId, String key, List<String> meters, double metered, double entered) {
    public Line {
      meters = List.copyOf(meters);
    }

    /** Whether entered rows exist for the key. */
    public boolean hasEntered() {
      return !Double.isNaN(entered);
    }

    /** Whether the difference is above {@code tolerance} × |entered| (the alarm's test). */
    public boolean outside(double tolerance) {
      return hasEntered()
          && Math.abs(metered - entered) > tolerance * Math.abs(entered) * (1 + 1e-9);
    }

    /** metered − entered (NaN without an entered row). */
    public double difference() {
      return metered - entered;
    }

    /** (metered − entered) / |entered| (NaN without an entered row or when it is 0). */
    public double relative() {
      return entered == 0 ? Double.NaN : (metered - entered) / Math.abs(entered);
    }
  }

  /** The reconciliation table: every metered row with its entered counterpart, by row id. */
  public static List<Line> table(
      List<MeterRow> metered,
      List<ActivityRow> entered,
      @org.jspecify.annotations.Nullable String onlySite) {
    Map<String, Double> sums = new HashMap<>();
    for (ActivityRow row : entered) {
      String id = row.meta().id();
      if (id != null && id.startsWith("meter:") || !row.meta().period().isMonthly()) {
        continue;
      }
      OptionalDouble q = amount(row);
      if (q.isPresent()) {
        sums.merge(key(row, onlySite), q.getAsDouble(), Double::sum);
      }
    }
    List<Line> out = new ArrayList<>();
    for (MeterRow m : metered) {
      OptionalDouble q = amount(m.row());
      if (q.isPresent()) {
        String k = key(m.row(), onlySite);
        out.add(new Line(m.id(), k, m.meters(), q.getAsDouble(), sums.getOrDefault(k, Double.NaN)));
      }
    }
    out.sort(java.util.Comparator.comparing(Line::rowId));
    return out;
  }

  /** Site (the only site when a one-site document omits it), source, fuel and dimension, period. */
  private static String key(ActivityRow r, @org.jspecify.annotations.Nullable String onlySite) {
    String fuel =
        r instanceof ActivityRow.Fuel f ? f.fuel() + "/" + f.quantity().unit().dimension() : "";
    String site = r.meta().site() == null ? onlySite : r.meta().site();
    return site + "|" + r.source().code() + "|" + fuel + "|" + r.meta().period();
  }

  /** The compared quantity in a canonical unit (MWh, GJ, 10^4 Nm3, the fuel's base unit). */
  static OptionalDouble amount(ActivityRow row) {
    return switch (row) {
      case ActivityRow.Electricity e ->
          OptionalDouble.of(mwh(e.quantity()) - (e.exported() == null ? 0 : mwh(e.exported())));
      case ActivityRow.Fuel f ->
          OptionalDouble.of(f.quantity().value() * f.quantity().unit().toBase());
      case ActivityRow.Heat h ->
          h.quantity() == null ? OptionalDouble.empty() : OptionalDouble.of(gj(h.quantity()));
      case ActivityRow.MineMethane m ->
          OptionalDouble.of(
              (z(m.ventilation()) + z(m.drainage()) - z(m.flared()) - z(m.utilized()))
                  * m.unit().factorTo(org.minecarbon.core.unit.Units.TEN_K_NM3));
      case ActivityRow.MineCo2 m ->
          OptionalDouble.of(
              (z(m.ventilation()) + z(m.drainage()) - z(m.recovered()))
                  * m.unit().factorTo(org.minecarbon.core.unit.Units.TEN_K_NM3));
      case ActivityRow.Flare f ->
          OptionalDouble.of(
              f.quantity().value()
                  * f.quantity().unit().factorTo(org.minecarbon.core.unit.Units.TEN_K_NM3));
      default -> OptionalDouble.empty();
    };
  }

  private static double mwh(Quantity q) {
    return q.value() * q.unit().factorTo(org.minecarbon.core.unit.Units.MWH);
  }

  private static double gj(Quantity q) {
    Unit u = q.unit();
    return q.value() * u.factorTo(org.minecarbon.core.unit.Units.GJ);
  }

  private static double z(@org.jspecify.annotations.Nullable Double d) {
    return d == null ? 0 : d;
  }
}
