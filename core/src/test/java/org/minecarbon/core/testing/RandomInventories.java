package org.minecarbon.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/** Seeded random valid inventories for property tests. */
public final class RandomInventories {
  private static final List<String> GRIDS = List.of("national", "华北", "山西", "south-china");
  private static final List<String> GASES = List.of("CH4", "N2O", "SF6", "CO2", "HFC-134a");

  private RandomInventories() {}

  /** A two-site inventory with {@code rows} activity rows and a few sinks, all monthly or not. */
  public static Inventory generate(long seed, int rows, boolean monthly, double scale) {
    Random r = new Random(seed);
    InventoryBuilder b =
        new InventoryBuilder()
            .site("north", MineType.UNDERGROUND, GasGrade.HIGH)
            .site("pit", MineType.SURFACE, null);
    for (int i = 0; i < rows; i++) {
      int year = 2022 + r.nextInt(3);
      String period = monthly ? year + "-" + String.format("%02d", 1 + r.nextInt(12)) : "" + year;
      b.at(period, r.nextBoolean() ? "north" : "pit");
      double x = scale * (1 + r.nextInt(1000));
      int kind = r.nextInt(9);
      b.activity(m -> activity(kind, m, x, r));
    }
    for (int i = 0; i < Math.max(1, rows / 10); i++) {
      b.at("" + (2022 + r.nextInt(3)), "north");
      double x = scale * (1 + r.nextInt(100));
      switch (r.nextInt(3)) {
        case 0 -> b.sink(m -> new SinkRow.Storage(m, q(x, "t"), q(x / 10, "t")));
        case 1 -> b.sink(m -> new SinkRow.Allowance(m, q(x, "tCO2e"), Instrument.CEA));
        default -> b.sink(m -> new SinkRow.Vegetation(m, null, q(x, "ha"), 3.0, "forest"));
      }
    }
    return b.production("raw-coal", scale * 1e6).build();
  }

  private static ActivityRow activity(int kind, RowMeta m, double x, Random r) {
    return switch (kind) {
      case 0 -> {
        var fuels =
            Vocabulary.fuels().terms().stream()
                .filter(t -> !t.code().equals("coal-gangue") && !t.code().equals("coal-slime"))
                .toList();
        var fuel = fuels.get(r.nextInt(fuels.size()));
        boolean gas = fuel.attribute("basis").equals("gas-volume");
        Double ch4 = fuel.code().equals("cmm") ? 0.3 : null; // coal-mine gas needs its CH4 share
        yield new ActivityRow.Fuel(
            m, fuel.code(), q(x, gas ? "10^4Nm3" : "t"), null, null, null, ch4);
      }
      case 1 ->
          new ActivityRow.Electricity(
              m,
              q(x * 1000, "kWh"),
              q(x / 10, "MWh"),
              null,
              GRIDS.get(r.nextInt(GRIDS.size())),
              null);
      case 2 -> new ActivityRow.Heat(m, q(x, "GJ"), null, null, null, null);
      case 3 -> new ActivityRow.MineMethane(m, x, x / 2, x / 5, x / 5, Units.TEN_K_NM3);
      case 4 -> new ActivityRow.CoalMethane(m, Source.POST_MINING_METHANE, q(x * 100, "t"), null);
      case 5 -> new ActivityRow.Flare(m, q(x, "10^4Nm3"), Map.of("CH4", 0.3, "C2H6", 0.02), null);
      case 6 ->
          new ActivityRow.Fugitive(m, GASES.get(r.nextInt(GASES.size())), q(x / 100, "t"), null);
      case 7 ->
          new ActivityRow.Carbonate(
              m, q(x, "t"), Map.of("CaCO3", 0.7, "CaMg(CO3)2", 0.2), 0.95, Map.of());
      default -> new ActivityRow.Heat(m, null, null, new ActivityRow.Steam(x, 2700), null, null);
    };
  }

  private static Quantity q(double v, String unit) {
    return InventoryBuilder.q(v, unit);
  }
}
