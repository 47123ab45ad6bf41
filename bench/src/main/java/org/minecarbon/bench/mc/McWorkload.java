package org.minecarbon.bench.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.minecarbon.bench.WorkloadGenerator;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/**
 * Workload 2: a deterministic inventory of {@code rows} activity rows of mixed sources over
 * underground mines (40 rows per mine and month, one year) plus one vegetation sink per mine, under
 * the factor set {@link McFactorSet}. Every row states its own activity uncertainty, a mix of
 * normal, lognormal, triangular and uniform; one row in ten leaves it to the source default.
 */
public final class McWorkload {
  public static final int YEAR = 2024;
  public static final int ROWS_PER_SITE_MONTH = 40;

  private static final String[] GRIDS = {"national", "north-china", "shanxi", "south-china"};
  private static final Stage[] STAGES = {
    Stage.MINING, Stage.PROCESSING, Stage.TRANSPORT, Stage.AUXILIARY
  };

  private McWorkload() {}

  /** The inventory: same arguments, same inventory. */
  public static Inventory inventory(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int perSite = 12 * ROWS_PER_SITE_MONTH;
    int sites = Math.max(1, (rows + perSite - 1) / perSite);
    List<Site> siteList = new ArrayList<>(sites);
    List<SinkRow> sinks = new ArrayList<>(sites);
    for (int s = 0; s < sites; s++) {
      GasGrade grade = s % 2 == 0 ? GasGrade.HIGH : GasGrade.LOW;
      siteList.add(
          new Site("m" + s, "矿" + s, MineType.UNDERGROUND, "coal", "山西", grade, "/sites/" + s));
      RowMeta m = meta("/sinks/" + s, Period.ofYear(YEAR), "m" + s, Stage.RESTORATION, r);
      sinks.add(
          new SinkRow.Vegetation(
              m, null, new Quantity(10 + r.nextInt(100), Units.HA), 3.37, "forest"));
    }
    List<ActivityRow> acts = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      int site = i / perSite;
      Period p = new Period(YEAR, i % perSite / ROWS_PER_SITE_MONTH + 1);
      int k = i % ROWS_PER_SITE_MONTH;
      RowMeta m = meta("/activities/" + i, p, "m" + site, STAGES[k % STAGES.length], r);
      acts.add(row(k, m, r));
    }
    return new Inventory(
        new Enterprise("蒙特卡洛基准", null, Industry.COAL, null),
        new Settings(null, McFactorSet.ID),
        siteList,
        acts,
        sinks,
        List.of());
  }

  /** The inventory calculated under {@link McFactorSet#library()}. */
  public static Calculation calculation(int rows, long seed) {
    return new Calculator(McFactorSet.library()).calculate(inventory(rows, seed)).orElseThrow();
  }

  private static RowMeta meta(String pointer, Period p, String site, Stage st, SplittableRandom r) {
    return new RowMeta(null, pointer, p, site, st, null, null, uncertainty(r));
  }

  /** 30 % normal, 20 % each lognormal, triangular and uniform, 10 % the source default. */
  static @Nullable Distribution uncertainty(SplittableRandom r) {
    int pick = r.nextInt(10);
    double a = 1 + r.nextInt(10);
    double b = 1 + r.nextInt(10);
    return switch (pick) {
      case 0, 1, 2 -> new Distribution.Normal(a);
      case 3, 4 -> new Distribution.Lognormal(a, a + b / 2);
      case 5, 6 -> new Distribution.Triangular(-a, 0, b);
      case 7, 8 -> new Distribution.Uniform(-a, b);
      default -> null;
    };
  }

  private static ActivityRow row(int k, RowMeta m, SplittableRandom r) {
    return WorkloadGenerator.mixedRow(k, m, false, GRIDS, r);
  }
}
