package org.minecarbon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/**
 * Deterministic inventories of any size with the mix of a national fleet: {@code sites} mines × 12
 * months × {@code rowsPerSiteMonth} activity rows of mixed sources, plus sinks and production. The
 * same seed always gives the same inventory.
 */
public final class WorkloadGenerator {
  private static final String[] FUELS = {"diesel", "gasoline", "bituminous", "natural-gas", "lpg"};
  private static final String[] GRIDS = {"national", "华北", "山西", "south-china", "四川"};
  private static final Stage[] STAGES = {
    Stage.MINING, Stage.PROCESSING, Stage.TRANSPORT, Stage.AUXILIARY
  };

  private WorkloadGenerator() {}

  public static Inventory generate(int sites, int rowsPerSiteMonth, int year, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Site> siteList = new ArrayList<>(sites);
    for (int s = 0; s < sites; s++) {
      boolean surface = s % 4 == 3;
      siteList.add(
          new Site(
              "m" + s,
              "矿" + s,
              surface ? MineType.SURFACE : MineType.UNDERGROUND,
              "coal",
              "山西",
              surface ? null : (s % 2 == 0 ? GasGrade.HIGH : GasGrade.LOW),
              "/sites/" + s));
    }
    List<ActivityRow> acts = new ArrayList<>(sites * 12 * rowsPerSiteMonth);
    List<SinkRow> sinks = new ArrayList<>();
    List<ProductionRow> production = new ArrayList<>();
    for (int s = 0; s < sites; s++) {
      for (int month = 1; month <= 12; month++) {
        Period p = new Period(year, month);
        for (int k = 0; k < rowsPerSiteMonth; k++) {
          RowMeta m = meta("/activities/" + acts.size(), p, "m" + s, STAGES[k % STAGES.length]);
          acts.add(row(k, m, siteList.get(s).mineType() == MineType.SURFACE, r));
        }
      }
      Period annual = Period.ofYear(year);
      sinks.add(
          new SinkRow.Vegetation(
              meta("/sinks/" + sinks.size(), annual, "m" + s, Stage.RESTORATION),
              null,
              new Quantity(10 + r.nextInt(100), Units.HA),
              3.37,
              "forest"));
      production.add(
          new ProductionRow(
              meta("/production/" + production.size(), annual, "m" + s, null),
              "raw-coal",
              new Quantity(1e5 + r.nextInt(3_000_000), Units.T)));
    }
    sinks.add(
        new SinkRow.Allowance(
            meta("/sinks/" + sinks.size(), Period.ofYear(year), "m0", null),
            new Quantity(1e5, Units.TCO2E),
            Instrument.CEA));
    return new Inventory(
        new Enterprise("基准集团", null, Industry.COAL, null),
        Settings.DEFAULT,
        siteList,
        acts,
        sinks,
        production);
  }

  private static RowMeta meta(String pointer, Period p, String site, Stage stage) {
    return new RowMeta(null, pointer, p, site, stage, null, null, null);
  }

  private static ActivityRow row(int k, RowMeta m, boolean surface, SplittableRandom r) {
    double x = 1 + r.nextInt(1000);
    return switch (k % 8) {
      case 0, 1 -> {
        String fuel = FUELS[r.nextInt(FUELS.length)];
        boolean gas = fuel.equals("natural-gas");
        yield new ActivityRow.Fuel(
            m, fuel, new Quantity(x, gas ? Units.TEN_K_NM3 : Units.T), null, null, null);
      }
      case 2 ->
          new ActivityRow.Electricity(
              m,
              new Quantity(x * 1000, Units.KWH),
              null,
              null,
              GRIDS[r.nextInt(GRIDS.length)],
              null);
      case 3 -> new ActivityRow.Heat(m, new Quantity(x, Units.GJ), null, null, null, null);
      case 4 ->
          surface
              ? new ActivityRow.CoalMethane(
                  m, Source.SURFACE_METHANE, new Quantity(x * 100, Units.T), null)
              : new ActivityRow.MineMethane(m, x, x / 2, x / 10, x / 5, Units.TEN_K_NM3);
      case 5 ->
          new ActivityRow.CoalMethane(
              m, Source.POST_MINING_METHANE, new Quantity(x * 100, Units.T), null);
      case 6 ->
          new ActivityRow.Flare(
              m, new Quantity(x / 10, Units.TEN_K_NM3), Map.of("CH4", 0.35), null);
      default ->
          new ActivityRow.Carbonate(
              m, new Quantity(x, Units.T), Map.of("CaCO3", 0.85), null, Map.of());
    };
  }
}
