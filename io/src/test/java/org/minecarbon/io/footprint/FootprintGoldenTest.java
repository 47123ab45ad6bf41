package org.minecarbon.io.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.Origin;
import tools.jackson.databind.JsonNode;

/**
 * Golden numbers of the hand-built copper-molybdenum mine ({@code copper-mine.json}, one site,
 * 2024, GWP AR6, factor set CN-2015), derived by hand from the contract's formulas:
 *
 * <ul>
 *   <li>Diesel, CN-2015 (core/src/main/resources/factors/cn-2015-fuels-b.csv): {@code
 *       fuel.diesel.ncv} 43.33 GJ/t, {@code fuel.diesel.cc} 0.02020 tC/GJ, {@code fuel.diesel.of}
 *       0.98 → EF = 43.33 × 0.0202 × 0.98 × 44/12 = 3.14512249333 tCO2/t.
 *   <li>Electricity, {@code grid.national.2023} = 0.5306 tCO2/MWh (cn-grid.csv; the 2024 row takes
 *       the latest published year ≤ 2024): 50,000 MWh → 26,530 tCO2.
 *   <li>Vegetation sink: 50 ha × 4.0 tCO2/ha/yr = 200 tCO2 removed.
 *   <li>Upstream (FakeBackground): diesel 0.5 kg/kg × 1000 kg/t; power 0.04 kg/kWh × 1000 kWh/MWh;
 *       explosives 2.0 kg/kg × 1000 kg/t × 300 t = 600,000 kg.
 *   <li>Mass allocation: 93,000 t copper, 7,000 t molybdenum → share 0.93; per tonne: × 0.93 ÷
 *       93,000 = × 1e-5 per kg. Economic: 93,000 × 20,000 = 1.86e9 and 7,000 × 100,000 = 0.7e9 →
 *       share 1.86/2.56 = 0.7265625; × 0.7265625 ÷ 93,000 = × 7.8125e-6 per kg.
 * </ul>
 */
class FootprintGoldenTest {
  private static final Offset<Double> TOL = within(1e-9);
  private static final double EF_DIESEL = 43.33 * 0.0202 * 0.98 * 44 / 12;

  private static Footprint mass() throws IOException {
    return Fixture.footprint(
            Fixture.tree("copper-mine.json"),
            2024,
            "copper-concentrate",
            AllocationMethod.MASS,
            Fixture.tree("links.json"))
        .orElseThrow();
  }

  @Test
  void footprint_massAllocation_matchesHandCalculationByStage() throws IOException {
    Footprint f = mass();

    // exploration: 20 t diesel × (3145.12249 kg direct + 500 kg upstream) = 72,902.45 kg × 1e-5
    assertThat(f.byStage().get("exploration")).isCloseTo(0.729024498666667, TOL);
    // mining: 1000 t × 3645.12249 kg + 600,000 kg explosives = 4,245,122.49 kg × 1e-5
    assertThat(f.byStage().get("mining")).isCloseTo(42.4512249333333, TOL);
    // transport: 100 t (柴油 = diesel) × 3645.12249 kg = 364,512.249 kg × 1e-5
    assertThat(f.byStage().get("transport")).isCloseTo(3.64512249333333, TOL);
    // processing: 50,000 MWh × (530.6 kg grid + 40 kg upstream per MWh) = 28,530,000 kg × 1e-5
    assertThat(f.byStage().get("processing")).isCloseTo(285.3, TOL);
    // restoration: −200,000 kg × 1e-5
    assertThat(f.byStage().get("restoration")).isCloseTo(-2.0, TOL);
    assertThat(f.byStage().get("unassigned")).isZero();
    // total = 0.729024499 + 42.451224933 + 3.645122493 + 285.3 − 2.0
    assertThat(f.total()).isCloseTo(330.125371925333, TOL);
    assertThat(f.tonnes()).isEqualTo(93000.0);
  }

  @Test
  void footprint_massAllocation_matchesHandCalculationByOrigin() throws IOException {
    Footprint f = mass();

    // direct: 1120 t diesel × 3145.12249 kg × 1e-5
    assertThat(f.byOrigin().get(Origin.DIRECT)).isCloseTo(1120 * EF_DIESEL * 1000 * 1e-5, TOL);
    assertThat(f.byOrigin().get(Origin.DIRECT)).isCloseTo(35.2253719253333, TOL);
    // electricity: 26,530,000 kg × 1e-5
    assertThat(f.byOrigin().get(Origin.ELECTRICITY)).isCloseTo(265.3, TOL);
    // upstream: (1120 × 500 + 600,000 + 2,000,000) kg × 1e-5
    assertThat(f.byOrigin().get(Origin.UPSTREAM)).isCloseTo(31.6, TOL);
    assertThat(f.byOrigin().get(Origin.REMOVALS)).isCloseTo(-2.0, TOL);
    assertThat(f.allocation()).isEqualTo(AllocationMethod.MASS);
    assertThat(f.shares().get("copper-concentrate")).isCloseTo(0.93, TOL);
    assertThat(f.shares().get("molybdenum-concentrate")).isCloseTo(0.07, TOL);
    assertThat(f.method()).isEqualTo("ipcc-ar6-gwp100");
    assertThat(f.warnings()).extracting(Issue::code).doesNotContain(FootprintCodes.NO_UPSTREAM);
  }

  @Test
  void footprint_economicAllocation_usesPriceShares() throws IOException {
    Footprint f =
        Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.ECONOMIC,
                Fixture.tree("links.json"))
            .orElseThrow();

    assertThat(f.shares().get("copper-concentrate")).isCloseTo(0.7265625, TOL);
    assertThat(f.shares().get("molybdenum-concentrate")).isCloseTo(0.2734375, TOL);
    // 33,012,537.19253 kg in the scope × 7.8125e-6
    assertThat(f.total()).isCloseTo(257.910446816667, TOL);
    assertThat(f.byStage().get("processing")).isCloseTo(28_530_000 * 7.8125e-6, TOL);
  }

  @Test
  void footprint_coProductShares_addUpToTheWholeBurden() throws IOException {
    // molybdenum: share 0.07 / 7000 t = 1e-5 per kg as well, so both footprints per t are equal
    // under mass allocation, and tonnes × footprint of both products = the whole 33,012,537 kg.
    Footprint moly =
        Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "molybdenum-concentrate",
                AllocationMethod.MASS,
                Fixture.tree("links.json"))
            .orElseThrow();
    Footprint copper = mass();

    double whole = moly.total() * moly.tonnes() + copper.total() * copper.tonnes();
    assertThat(whole).isCloseTo(33_012_537.1925333, within(1e-6));
  }

  @Test
  void footprint_contributions_sumToTotalAndAreSortedBySize() throws IOException {
    Footprint f = mass();

    double sum = f.contributions().stream().mapToDouble(Contribution::kgCo2ePerT).sum();
    double stages = f.byStage().values().stream().mapToDouble(Double::doubleValue).sum();
    double origins = f.byOrigin().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(f.total(), TOL);
    assertThat(stages).isCloseTo(f.total(), TOL);
    assertThat(origins).isCloseTo(f.total(), TOL);
    assertThat(f.contributions())
        .extracting(Contribution::row)
        .containsExactly(
            "mill-power-2024",
            "haul-diesel-2024",
            "explosives-2024",
            "road-diesel-2024",
            "dump-grass-2024",
            "drill-diesel-2024");
    Contribution haul = f.contributions().get(1);
    // haul: 1000 t × 3145.12249 kg direct, 1000 t × 500 kg upstream, × 1e-5
    assertThat(haul.byOrigin().get(Origin.DIRECT)).isCloseTo(31.4512249333333, TOL);
    assertThat(haul.byOrigin().get(Origin.UPSTREAM)).isCloseTo(5.0, TOL);
    assertThat(haul.stage().code()).isEqualTo("mining");
  }

  @Test
  void footprint_upstreamRows_nameTheirBackgroundProcess() throws IOException {
    Footprint f = mass();

    Contribution haul =
        f.contributions().stream()
            .filter(c -> c.row().equals("haul-diesel-2024"))
            .findFirst()
            .get();
    Contribution grass =
        f.contributions().stream().filter(c -> c.row().equals("dump-grass-2024")).findFirst().get();
    assertThat(haul.background()).isNotNull();
    assertThat(haul.background().processId()).isEqualTo("proc-diesel");
    assertThat(haul.background().processName()).isEqualTo("Diesel, at refinery");
    // FakeBackground's diesel factor: 0.5 kg CO2e per kg
    assertThat(haul.background().kgCo2ePerUnit()).isCloseTo(0.5, TOL);
    assertThat(grass.background()).isNull();
    var json = FootprintJson.write(f).path("contributions");
    var haulJson = json.get(1);
    assertThat(haulJson.path("row").asString()).isEqualTo("haul-diesel-2024");
    assertThat(haulJson.path("background").path("name").asString())
        .isEqualTo("Diesel, at refinery");
    assertThat(haulJson.path("background").path("@id").asString()).isEqualTo("proc-diesel");
  }

  @Test
  void footprint_allowances_neverEnter() throws IOException {
    JsonNode withoutAllowance =
        Fixture.tree(
            "copper-mine.json",
            "\"quantity\":1000,\"unit\":\"tCO2e\"",
            "\"quantity\":0,\"unit\":\"tCO2e\"");
    Footprint f = mass();
    Footprint zero =
        Fixture.footprint(
                withoutAllowance,
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                Fixture.tree("links.json"))
            .orElseThrow();

    assertThat(withoutAllowance.toString()).contains("\"quantity\":0,\"unit\":\"tCO2e\"");
    assertThat(f.contributions()).extracting(Contribution::row).doesNotContain("cea-2024");
    assertThat(f.total()).isEqualTo(zero.total());
  }

  @Test
  void footprint_withoutBackground_hasNoUpstream() throws IOException {
    Footprint f =
        Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                null)
            .orElseThrow();

    // (1120 × 3145.12249 + 26,530,000 − 200,000) kg × 1e-5
    assertThat(f.total()).isCloseTo(298.525371925333, TOL);
    assertThat(f.byOrigin().get(Origin.UPSTREAM)).isZero();
    assertThat(f.method()).isNull();
    assertThat(f.warnings()).extracting(Issue::code).contains(FootprintCodes.NO_UPSTREAM);
  }
}
