package org.minecarbon.planning;

import java.util.List;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
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

/** Hand-checkable plans for the planner's tests. */
final class Plans {
  private Plans() {}

  static RowMeta meta(String id, String pointer, Stage stage) {
    return new RowMeta(id, pointer, Period.ofYear(2024), "mine", stage, null, null, null);
  }

  /**
   * A 2024 inventory: diesel {@code tonnes} with overridden NCV 40 GJ/t, CC 0.0075 tC/GJ, OF 1, so
   * CO2 = t × 40 × 0.0075 × 44/12 = 1.1 t per t of diesel; electricity {@code mwh} at a row grid
   * factor of 0.5 tCO2/MWh; 1000 t of raw coal.
   */
  static Inventory inventory(double tonnes, double mwh) {
    ActivityRow diesel =
        new ActivityRow.Fuel(
            meta("diesel", "/activities/0", Stage.MINING),
            "diesel",
            new Quantity(tonnes, Units.T),
            40.0,
            0.0075,
            1.0);
    ActivityRow power =
        new ActivityRow.Electricity(
            meta("power", "/activities/1", Stage.MINING),
            new Quantity(mwh, Units.MWH),
            null,
            0.5,
            null,
            null);
    List<ActivityRow> rows = mwh > 0 ? List.of(diesel, power) : List.of(diesel);
    return new Inventory(
        new Enterprise("test mine", null, null, null),
        Settings.DEFAULT,
        List.of(new Site("mine", null, null, null, null, null, "/sites/0")),
        rows,
        List.of(),
        List.of(
            new ProductionRow(
                meta(null, "/production/0", Stage.MINING),
                "raw-coal",
                new Quantity(1000, Units.T))));
  }

  static Measure measure(String id, double capex, int lifetime, double opex, Effect... effects) {
    return new Measure(
        id,
        null,
        Category.OTHER,
        capex,
        lifetime,
        opex,
        null,
        null,
        List.of(),
        List.of(effects),
        "/measures/" + id);
  }

  static Effect reduceDiesel(double fraction) {
    return new Effect.Reduce(
        new Select("fuel", "diesel", null, null, null), fraction, "/measures/x/effects/0");
  }

  static Effect sink(double tonnes) {
    return new Effect.Sink(
        org.minecarbon.core.inventory.SinkType.VEGETATION, tonnes, "/measures/y/effects/0");
  }

  static YearPath flat(int year, double value) {
    return new YearPath(List.of(new YearPath.Point(year, value)));
  }

  static PlanDocument plan(
      Inventory inv,
      int from,
      int to,
      double rate,
      Prices prices,
      YearPath budget,
      List<Target> targets,
      List<Measure> measures) {
    return new PlanDocument(
        inv,
        2024,
        from,
        to,
        rate,
        "CNY",
        YearPath.EMPTY,
        YearPath.EMPTY,
        prices,
        1.0,
        budget,
        targets,
        measures,
        null);
  }

  static Prices allowance(double price) {
    return new Prices(flat(2025, price), YearPath.EMPTY, YearPath.EMPTY, java.util.Map.of());
  }
}
