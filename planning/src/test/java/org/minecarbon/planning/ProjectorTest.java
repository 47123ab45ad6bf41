package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.planning.internal.Macc;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.plan.Select;
import org.minecarbon.planning.plan.YearPath;
import org.minecarbon.planning.projection.Impact;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.projection.Projector;
import org.minecarbon.planning.result.MaccEntry;

/**
 * Effect arithmetic by hand (contract §1.3). Baseline: diesel 1000 t at 1.1 tCO2/t (see {@link
 * Plans#inventory}), electricity 500 MWh at 0.5 tCO2/MWh; production index 1; electricity 600/MWh,
 * export 300/MWh, diesel 7800/t.
 */
class ProjectorTest {
  private static final int FUEL = Column.EMISSIONS.indexOf(Column.FUEL);
  private static final int ELEC = Column.EMISSIONS.indexOf(Column.ELECTRICITY);

  private static PlanDocument doc() {
    Effect substitute =
        new Effect.Substitute(
            new Select("fuel", "柴油", null, null, null),
            0.5,
            new Effect.Replacement("electricity", null, 4, "MWh/t"),
            "/measures/0/effects/0");
    Effect generate = new Effect.Generate(1000, null, "/measures/1/effects/0");
    Effect reduce =
        new Effect.Reduce(
            new Select("electricity", null, null, null, null), 0.2, "/measures/2/effects/0");
    Prices prices =
        new Prices(
            YearPath.EMPTY,
            Plans.flat(2025, 600),
            Plans.flat(2025, 300),
            Map.of("diesel", Plans.flat(2025, 7800)));
    return Plans.plan(
        Plans.inventory(1000, 500),
        2025,
        2026,
        0,
        prices,
        YearPath.EMPTY,
        List.of(),
        List.of(
            Plans.measure("sub", 0, 1, 0, substitute),
            Plans.measure("gen", 0, 1, 0, generate),
            Plans.measure("red", 0, 1, 0, reduce)));
  }

  @Test
  void project_substituteGenerateReduce_handCoefficients() {
    Projection p = new Projector(FactorLibrary.builtIn()).project(doc()).orElseThrow();
    // baseline: 1100 t fuel CO2, 500 × 0.5 = 250 t electricity; energy 1000 × 7800 + 500 × 600
    assertThat(p.emissions(0)).isCloseTo(1350, within(1e-9));
    assertThat(p.energyBaseline(0)).isCloseTo(7_800_000 + 300_000, within(1e-6));
    // substitute 0.5 of 1000 t diesel (alias 柴油): fuel −550 t; +0.5 × 1000 × 4 = 2000 MWh at 0.5
    Impact sub = p.impacts().get(0);
    assertThat(sub.column(0, FUEL)).isCloseTo(-550, within(1e-9));
    assertThat(sub.column(0, ELEC)).isCloseTo(1000, within(1e-9));
    assertThat(sub.net(0, 0)).isCloseTo(2000, within(1e-9));
    assertThat(sub.fuelCost(0)).isCloseTo(-3_900_000, within(1e-6));
    // generate 1000 MWh: net −1000, electricity −500 t (not scaled)
    Impact gen = p.impacts().get(1);
    assertThat(gen.net(0, 0)).isCloseTo(-1000, within(1e-9));
    assertThat(gen.column(0, ELEC)).isCloseTo(-500, within(1e-9));
    // reduce 0.2 of purchased 500 MWh: −100 MWh, −50 t
    Impact red = p.impacts().get(2);
    assertThat(red.net(0, 0)).isCloseTo(-100, within(1e-9));
    assertThat(red.column(0, ELEC)).isCloseTo(-50, within(1e-9));
  }

  @Test
  void macc_generateBeyondDemand_exportPricedAtExportPrice() {
    PlanDocument doc = doc();
    Projection p = new Projector(FactorLibrary.builtIn()).project(doc).orElseThrow();
    List<MaccEntry> macc = Macc.of(doc, p);
    MaccEntry gen = macc.stream().filter(e -> e.measure().equals("gen")).findFirst().orElseThrow();
    // net 500 → −500: cost 500 × 600 = 300,000 becomes −500 × 300 = −150,000, change −450,000;
    // abatement 500 t → −900/t.
    assertThat(gen.cost()).isCloseTo(-450_000, within(1e-6));
    assertThat(gen.costPerTonne()).isCloseTo(-900, within(1e-9));
    // substitute alone: fuel −3.9 M, electricity +2000 MWh × 600 = +1.2 M; abatement 550 − 1000 < 0
    MaccEntry sub = macc.stream().filter(e -> e.measure().equals("sub")).findFirst().orElseThrow();
    assertThat(sub.cost()).isCloseTo(-2_700_000, within(1e-6));
    assertThat(sub.costPerTonne()).isNull();
    assertThat(macc.get(macc.size() - 1).measure()).isEqualTo("sub");
  }

  @Test
  void project_methaneVentilationOxidation_ch4ToCo2() {
    // Mine-methane row: ventilation 100, drainage 50, flared 10, utilized 20 (10^4Nm3 pure CH4).
    // Oxidising 0.6 of ventilation destroys 0.6 × 100 × ρ t CH4 (ρ = the factor set's CH4
    // density); fugitiveCH4 falls by that × GWP (SAR, CH4 = 21, the CN-2015 default) and
    // fugitiveCO2 rises by that × 44/16 × 0.98. Draining use for power: 0.5 × (50 − 10 − 20) × ρ
    // t CH4, its CO2 in the fuel column.
    FactorLibrary lib = FactorLibrary.builtIn();
    double rho = lib.resolve(FactorLibrary.DEFAULT_SET, "mine.ch4.density").orElseThrow().value();
    var base = Plans.inventory(1000, 0);
    var ch4 =
        new org.minecarbon.core.inventory.ActivityRow.MineMethane(
            Plans.meta("ch4", "/activities/1", org.minecarbon.core.inventory.Stage.MINING),
            100.0,
            50.0,
            10.0,
            20.0,
            org.minecarbon.core.unit.Units.TEN_K_NM3);
    var inv =
        new org.minecarbon.core.inventory.Inventory(
            base.enterprise(),
            base.settings(),
            base.sites(),
            List.of(base.activities().get(0), ch4),
            List.of(),
            base.production());
    Select mm = new Select("mine-methane", null, null, null, null);
    PlanDocument doc =
        Plans.plan(
            inv,
            2025,
            2025,
            0,
            Plans.allowance(0),
            YearPath.EMPTY,
            List.of(),
            List.of(
                Plans.measure(
                    "vam",
                    0,
                    1,
                    0,
                    new Effect.Methane(
                        mm, 0.6, Effect.Component.VENTILATION, Effect.Use.OXIDATION, "/m/0")),
                Plans.measure(
                    "cmm",
                    0,
                    1,
                    0,
                    new Effect.Methane(
                        mm, 0.5, Effect.Component.DRAINAGE, Effect.Use.POWER, "/m/1"))));
    Projection p = new Projector(lib).project(doc).orElseThrow();
    int ch4Col = Column.EMISSIONS.indexOf(Column.FUGITIVE_CH4);
    int co2Col = Column.EMISSIONS.indexOf(Column.FUGITIVE_CO2);
    double vent = 0.6 * 100 * rho;
    assertThat(p.impacts().get(0).column(0, ch4Col)).isCloseTo(-vent * 21, within(1e-9));
    assertThat(p.impacts().get(0).column(0, co2Col)).isCloseTo(vent * 44 / 16 * 0.98, within(1e-9));
    double drain = 0.5 * (50 - 10 - 20) * rho;
    assertThat(p.impacts().get(1).column(0, ch4Col)).isCloseTo(-drain * 21, within(1e-9));
    assertThat(p.impacts().get(1).column(0, FUEL)).isCloseTo(drain * 44 / 16 * 0.98, within(1e-9));
  }
}
