package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.meter.rows.Fx.p;
import static org.minecarbon.meter.rows.Fx.v;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Issue;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.VirtualExpression;

/** The rows are valid inventory v1 rows: core's validator accepts an inventory made of them. */
class InventoryRowsTest {
  @Test
  void everyKindsRows_passCoreInventoryValidation() {
    Meter e =
        Fx.counter("E-01", MeterKind.ELECTRICITY, "kWh")
            .withRow(java.util.Map.of("grid", "山西", "stage", "mining"));
    Meter ex = Fx.counter("E-X", MeterKind.ELECTRICITY_EXPORT, "MWh");
    Meter d = Fx.counter("D-01", MeterKind.FUEL, "kg");
    Meter h = Fx.counter("H-01", MeterKind.HEAT, "GJ");
    Meter ra = Fx.gas("RA-1", MeterKind.VENTILATION_CH4);
    Meter fl = Fx.gas("FL-1", MeterKind.FLARED_CH4);
    Meter vc = Fx.gas("VC-1", MeterKind.VENTILATION_CO2);
    Meter d2 = Fx.counter("D-02", MeterKind.FUEL, "kg");
    Meter dn =
        Meter.virtual(
            "D-NET", "north", MeterKind.FUEL, VirtualExpression.parse("D-02").orElseThrow());
    MeterReport r =
        Fx.compute(
            Fx.registry(e, ex, d, h, ra, fl, vc, d2, dn),
            v("E-01", "2024-03-10T00:00:00", 1),
            v("E-01", "2024-03-10T00:10:00", 5),
            v("E-X", "2024-03-10T00:00:00", 1),
            v("E-X", "2024-03-10T00:10:00", 2),
            v("D-01", "2024-03-10T00:00:00", 1),
            v("D-01", "2024-03-10T00:10:00", 9),
            v("D-02", "2024-03-10T00:00:00", 1),
            v("D-02", "2024-03-10T00:10:00", 9),
            v("H-01", "2024-03-10T00:00:00", 1),
            v("H-01", "2024-03-10T00:10:00", 3),
            p("RA-1", "2024-03-10T00:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T00:10:00", 3000, 0.4),
            p("FL-1", "2024-03-10T00:00:00", 30, 40),
            p("FL-1", "2024-03-10T00:10:00", 30, 40),
            p("VC-1", "2024-03-10T00:00:00", 30, 40),
            p("VC-1", "2024-03-10T00:10:00", 30, 40));
    assertThat(Fx.ids(r))
        .containsExactly(
            "meter:D-01:2024-03",
            "meter:D-NET:2024-03",
            "meter:E-01:2024-03",
            "meter:E-X:2024-03",
            "meter:H-01:2024-03",
            "meter:site:north:flare:2024-03",
            "meter:site:north:mine-co2:2024-03",
            "meter:site:north:mine-methane:2024-03");
    List<ActivityRow> rows = r.rows().stream().map(MeterRow::row).toList();
    Inventory inv =
        new Inventory(
            new Enterprise("测试煤矿", null, null, "山西"),
            Settings.DEFAULT,
            List.of(new Site("north", "北井", MineType.UNDERGROUND, "coal", "山西", null, "/sites/0")),
            rows,
            List.of(),
            List.of());
    List<Issue> errors =
        InventoryValidator.validate(inv, FactorLibrary.builtIn()).stream()
            .filter(Issue::isError)
            .toList();
    assertThat(errors).isEmpty();
  }
}
