package org.minecarbon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
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
    List<ActivityRow> acts = new ArrayList<>(sites * 12 * rowsPerSiteMonth);
    List<SinkRow> sinks = new ArrayList<>();
    List<ProductionRow> production = new ArrayList<>();
    Slices slices = new Slices(sites, rowsPerSiteMonth, year, seed);
    while (slices.hasNext()) {
      SiteSlice slice = slices.next();
      acts.addAll(slice.activities());
      sinks.add(slice.sink());
      production.add(slice.production());
    }
    sinks.add(allowance(sites, year));
    return new Inventory(ENTERPRISE, Settings.DEFAULT, sites(sites), acts, sinks, production);
  }

  /** The enterprise of every generated inventory. */
  public static final Enterprise ENTERPRISE = new Enterprise("基准集团", null, Industry.COAL, null);

  /** The sites {@code m0 … m(n−1)}; every fourth is a surface mine. */
  public static List<Site> sites(int sites) {
    List<Site> siteList = new ArrayList<>(sites);
    for (int s = 0; s < sites; s++) {
      siteList.add(site(s));
    }
    return siteList;
  }

  private static Site site(int s) {
    boolean surface = s % 4 == 3;
    return new Site(
        "m" + s,
        "矿" + s,
        surface ? MineType.SURFACE : MineType.UNDERGROUND,
        "coal",
        "山西",
        surface ? null : (s % 2 == 0 ? GasGrade.HIGH : GasGrade.LOW),
        "/sites/" + s);
  }

  /** The last sink row: purchased allowances of the whole enterprise ({@code /sinks/<sites>}). */
  public static SinkRow allowance(int sites, int year) {
    return new SinkRow.Allowance(
        meta("/sinks/" + sites, Period.ofYear(year), "m0", null),
        new Quantity(1e5, Units.TCO2E),
        Instrument.CEA);
  }

  /**
   * One site's share of the workload, with the pointers it has in the whole document: its 12 ×
   * rowsPerSiteMonth activity rows, its vegetation sink and its production row.
   */
  public record SiteSlice(
      Site site, List<ActivityRow> activities, SinkRow sink, ProductionRow production) {}

  /**
   * The slices of {@link #generate} site by site, so that a writer can stream a document of any
   * size; the same arguments give exactly the rows of {@link #generate}.
   */
  public static final class Slices implements java.util.Iterator<SiteSlice> {
    private final int sites;
    private final int rowsPerSiteMonth;
    private final int year;
    private final SplittableRandom r;
    private int next;

    public Slices(int sites, int rowsPerSiteMonth, int year, long seed) {
      this.sites = sites;
      this.rowsPerSiteMonth = rowsPerSiteMonth;
      this.year = year;
      this.r = new SplittableRandom(seed);
    }

    @Override
    public boolean hasNext() {
      return next < sites;
    }

    @Override
    public SiteSlice next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      int s = next++;
      Site site = site(s);
      boolean surface = site.mineType() == MineType.SURFACE;
      List<ActivityRow> acts = new ArrayList<>(12 * rowsPerSiteMonth);
      int first = s * 12 * rowsPerSiteMonth;
      for (int month = 1; month <= 12; month++) {
        Period p = new Period(year, month);
        for (int k = 0; k < rowsPerSiteMonth; k++) {
          String pointer = "/activities/" + (first + acts.size());
          acts.add(row(k, meta(pointer, p, site.id(), STAGES[k % STAGES.length]), surface, r));
        }
      }
      Period annual = Period.ofYear(year);
      SinkRow sink =
          new SinkRow.Vegetation(
              meta("/sinks/" + s, annual, site.id(), Stage.RESTORATION),
              null,
              new Quantity(10 + r.nextInt(100), Units.HA),
              3.37,
              "forest");
      ProductionRow production =
          new ProductionRow(
              meta("/production/" + s, annual, site.id(), null),
              "raw-coal",
              new Quantity(1e5 + r.nextInt(3_000_000), Units.T));
      return new SiteSlice(site, acts, sink, production);
    }
  }

  private static RowMeta meta(String pointer, Period p, String site, @Nullable Stage stage) {
    return new RowMeta(null, pointer, p, site, stage, null, null, null);
  }

  private static ActivityRow row(int k, RowMeta m, boolean surface, SplittableRandom r) {
    return mixedRow(k, m, surface, GRIDS, r);
  }

  /**
   * Row {@code k} of the mixed-source pattern (fuel, fuel, electricity, heat, mine or surface
   * methane, post-mining methane, flare, carbonate), with electricity drawn from {@code grids}.
   * Shared by the workloads so that they stay one definition.
   */
  public static ActivityRow mixedRow(
      int k, RowMeta m, boolean surface, String[] grids, SplittableRandom r) {
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
              grids[r.nextInt(grids.length)],
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
