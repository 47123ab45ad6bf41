package org.minecarbon.bench.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;
import org.minecarbon.planning.plan.Category;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.plan.Select;
import org.minecarbon.planning.plan.Target;
import org.minecarbon.planning.plan.YearPath;

/**
 * A deterministic plan of {@code n} measures over 2025–2060 on a two-site mine (diesel in mining
 * and transport, electricity at both sites): every fifth measure belongs to one of the groups of
 * alternatives, every seventh requires the one before; effects cycle through reduce (diesel by
 * stage, electricity), generate and sink; a yearly capex budget; peak 2030 and neutral 2060.
 */
public final class PlanWorkload {
  private PlanWorkload() {}

  private static RowMeta meta(String id, int i, String site, Stage stage) {
    return new RowMeta(id, "/activities/" + i, Period.ofYear(2024), site, stage, null, null, null);
  }

  static Inventory inventory() {
    List<ActivityRow> rows =
        List.of(
            new ActivityRow.Fuel(
                meta("diesel-mining", 0, "north", Stage.MINING),
                "diesel",
                new Quantity(12_000, Units.T),
                43.33,
                0.0202,
                0.98),
            new ActivityRow.Fuel(
                meta("diesel-transport", 1, "south", Stage.TRANSPORT),
                "diesel",
                new Quantity(8_000, Units.T),
                43.33,
                0.0202,
                0.98),
            new ActivityRow.Electricity(
                meta("power-north", 2, "north", Stage.PROCESSING),
                new Quantity(90_000, Units.MWH),
                null,
                0.58,
                null,
                null),
            new ActivityRow.Electricity(
                meta("power-south", 3, "south", Stage.MINING),
                new Quantity(60_000, Units.MWH),
                null,
                0.58,
                null,
                null));
    return new Inventory(
        new Enterprise("benchmark mine", null, null, null),
        Settings.DEFAULT,
        List.of(
            new Site("north", null, null, null, null, null, "/sites/0"),
            new Site("south", null, null, null, null, null, "/sites/1")),
        rows,
        List.of(),
        List.of(
            new ProductionRow(
                meta(null, 0, "north", Stage.MINING), "raw-coal", new Quantity(5e6, Units.T))));
  }

  public static PlanDocument plan(int n, long seed, double budget) {
    Random rnd = new Random(seed);
    List<Measure> ms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String p = "/measures/" + i;
      Effect e =
          switch (i % 4) {
            case 0 ->
                new Effect.Reduce(
                    new Select("fuel", null, null, i % 8 == 0 ? "mining" : "transport", null),
                    0.01 + 0.02 * rnd.nextDouble(),
                    p + "/effects/0");
            case 1 ->
                new Effect.Reduce(
                    new Select("electricity", null, null, null, null),
                    0.005 + 0.01 * rnd.nextDouble(),
                    p + "/effects/0");
            case 2 -> new Effect.Generate(2_000 + 8_000 * rnd.nextDouble(), null, p + "/effects/0");
            default ->
                new Effect.Sink(
                    SinkType.VEGETATION, 500 + 3_000 * rnd.nextDouble(), p + "/effects/0");
          };
      ms.add(
          new Measure(
              "m" + i,
              null,
              Category.OTHER,
              1e6 + 2.4e7 * rnd.nextDouble(),
              8 + rnd.nextInt(20),
              -2e5 + 8e5 * rnd.nextDouble(),
              2025 + rnd.nextInt(6),
              i % 5 == 4 ? "g" + (i / 5) % 4 : null,
              i % 7 == 6 ? List.of("m" + (i - 1)) : List.of(),
              List.of(e),
              p));
    }
    Prices prices =
        new Prices(
            new YearPath(List.of(new YearPath.Point(2025, 95), new YearPath.Point(2060, 400))),
            flat(620),
            flat(300),
            Map.of("diesel", flat(7_800)));
    return new PlanDocument(
        inventory(),
        2024,
        2025,
        2060,
        0.06,
        "CNY",
        new YearPath(List.of(new YearPath.Point(2030, 1.1), new YearPath.Point(2045, 0.7))),
        new YearPath(List.of(new YearPath.Point(2030, 0.45), new YearPath.Point(2060, 0.05))),
        prices,
        1.0,
        flat(budget),
        List.of(new Target.Peak(2030, "/targets/0"), new Target.Neutral(2060, "/targets/1")),
        ms,
        null);
  }

  private static YearPath flat(double v) {
    return new YearPath(List.of(new YearPath.Point(2025, v)));
  }
}
