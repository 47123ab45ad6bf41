package org.minecarbon.meter.rows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import org.minecarbon.meter.aggregate.MonthGrid;
import org.minecarbon.meter.aggregate.MonthTotals;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.MeterUnits;

/** Builds inventory rows from month totals: one per meter and month, gas meters per site. */
final class RowBuilder {
  private final MonthGrid grid;
  private final Map<String, MonthTotals> totals;
  private final Map<String, SortedMap<YearMonth, Double>> completeness;
  private final Map<String, Meter> all;

  RowBuilder(
      MonthGrid grid,
      Map<String, MonthTotals> totals,
      Map<String, SortedMap<YearMonth, Double>> completeness,
      Map<String, Meter> all) {
    this.grid = grid;
    this.totals = totals;
    this.completeness = completeness;
    this.all = all;
  }

  List<MeterRow> build(List<Meter> meters) {
    List<MeterRow> rows = new ArrayList<>();
    Map<String, List<Meter>> gas = new TreeMap<>();
    for (Meter m : meters) {
      if (m.kind().isGas()) {
        gas.computeIfAbsent(m.site() + "\u0000" + m.kind().source().code(), k -> new ArrayList<>())
            .add(m);
        if (m.kind() == MeterKind.FLARED_CH4) {
          gas.computeIfAbsent(m.site() + "\u0000" + Source.FLARE.code(), k -> new ArrayList<>())
              .add(m);
        }
        continue;
      }
      MonthTotals t = totals.get(m.id());
      for (int i = 0; i < grid.size(); i++) {
        if (t.touched()[i]) {
          rows.add(single(m, i, t));
        }
      }
    }
    gas.forEach((key, group) -> rows.addAll(site(key.substring(key.indexOf('\u0000') + 1), group)));
    return rows;
  }

  private MeterRow single(Meter m, int i, MonthTotals t) {
    YearMonth ym = grid.month(i);
    RowMeta meta = meta("meter:" + m.id() + ":" + ym, m.site(), ym, m, List.of(m.id()));
    double q = t.quantity()[i];
    ActivityRow row =
        switch (m.kind()) {
          case ELECTRICITY -> electricity(meta, m, new Quantity(q, Units.MWH), null);
          case ELECTRICITY_EXPORT ->
              electricity(meta, m, new Quantity(0, Units.MWH), new Quantity(q, Units.MWH));
          case FUEL ->
              new ActivityRow.Fuel(meta, m.fuel(), new Quantity(q, unit(m)), null, null, null);
          case HEAT ->
              new ActivityRow.Heat(meta, new Quantity(q, Units.GJ), null, null, null, null);
          default -> throw new IllegalStateException("gas kind " + m.kind());
        };
    return new MeterRow(row, completeness.get(m.id()).get(ym), t.estimated()[i], List.of(m.id()));
  }

  private static ActivityRow electricity(
      RowMeta meta, Meter m, Quantity purchased, @Nullable Quantity exported) {
    String gf = m.row().get("gridFactor");
    String gy = m.row().get("gridYear");
    return new ActivityRow.Electricity(
        meta,
        purchased,
        exported,
        gf == null ? null : Double.valueOf(gf),
        m.row().get("grid"),
        gy == null ? null : Integer.valueOf(gy));
  }

  /** The row unit of a meter; a virtual meter takes its first component's. */
  private Unit unit(Meter m) {
    Meter physical = m.isVirtual() ? all.get(m.virtual().terms().get(0).meter()) : m;
    String symbol = MeterUnits.of(physical).orElseThrow().rowUnit();
    return Units.find(symbol).orElseThrow();
  }

  private List<MeterRow> site(String source, List<Meter> group) {
    List<MeterRow> rows = new ArrayList<>();
    String site = group.get(0).site();
    List<String> ids = group.stream().map(Meter::id).sorted().toList();
    for (int i = 0; i < grid.size(); i++) {
      GasSums sums = new GasSums();
      double least = 1.0;
      boolean touched = false;
      YearMonth ym = grid.month(i);
      for (Meter m : group) {
        MonthTotals t = totals.get(m.id());
        if (t.touched()[i]) {
          touched = true;
          sums.add(m.kind(), t.quantity()[i], t.estimated()[i]);
        }
        least = Math.min(least, completeness.get(m.id()).get(ym));
      }
      if (touched) {
        String id = "meter:site:" + site + ":" + source + ":" + ym;
        RowMeta meta = meta(id, site, ym, null, ids);
        rows.add(new MeterRow(sums.row(source, meta), least, sums.estimated(), ids));
      }
    }
    return rows;
  }

  private static RowMeta meta(
      String id, String site, YearMonth ym, @Nullable Meter m, List<String> ids) {
    Stage stage = null;
    if (m != null && m.row().get("stage") != null) {
      stage = Stage.fromCode(m.row().get("stage")).orElse(null);
    }
    return new RowMeta(
        id,
        "",
        new Period(ym.getYear(), ym.getMonthValue()),
        site,
        stage,
        null,
        "meters: " + String.join(", ", ids),
        null);
  }
}
