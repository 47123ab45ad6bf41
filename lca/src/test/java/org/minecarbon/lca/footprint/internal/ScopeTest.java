package org.minecarbon.lca.footprint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.Origin;

/** Scope and allocation shares on hand-built production rows (contract §4, co-products). */
class ScopeTest {
  private static final List<Site> SITES = List.of(site("a", "/sites/0"), site("b", "/sites/1"));

  private static Site site(String id, String pointer) {
    return new Site(id, null, null, null, null, null, pointer);
  }

  private static ProductionRow row(int i, @Nullable String site, String product, Quantity q) {
    RowMeta meta =
        new RowMeta(null, "/production/" + i, Period.ofYear(2024), site, null, null, null, null);
    return new ProductionRow(meta, product, q);
  }

  private static Inventory inventory(ProductionRow... rows) {
    return new Inventory(
        new Enterprise("test", null, null, null),
        Settings.DEFAULT,
        SITES,
        List.of(),
        List.of(),
        List.of(rows));
  }

  private static final Inventory TWO_SITES =
      inventory(
          row(0, "a", "p", new Quantity(100, Units.T)),
          row(1, "a", "q", new Quantity(300_000, Units.KG)),
          row(2, "b", "p", new Quantity(50, Units.T)));

  @Test
  void scope_twoSitesMass_sharesPerSiteAndTonnesOverBoth() {
    Scope s = Scope.of(TWO_SITES, 2024, "p", AllocationMethod.MASS, Map.of()).orElseThrow();

    // site a: 100 t p, 300,000 kg = 300 t q → share 100/400 = 0.25; site b: p only → 1
    assertThat(s.share("a").getAsDouble()).isCloseTo(0.25, within(1e-15));
    assertThat(s.share("b").getAsDouble()).isEqualTo(1.0);
    assertThat(s.tonnes()).isEqualTo(150.0);
    // pooled: p 150 / 450 t, q 300 / 450 t
    assertThat(s.pooled().get("p")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(s.pooled().get("q")).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void scope_economic_weighsByTonnesTimesPrice() {
    Scope s =
        Scope.of(
                TWO_SITES,
                2024,
                "p",
                AllocationMethod.ECONOMIC,
                Map.of("/production/0", 30.0, "/production/1", 10.0, "/production/2", 1.0))
            .orElseThrow();

    // site a: p 100 × 30 = 3000, q 300 × 10 = 3000 → 0.5
    assertThat(s.share("a").getAsDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(s.share("b").getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void assembly_partOfSiteA_isAllocatedByItsShareOverAllTonnes() {
    Scope s = Scope.of(TWO_SITES, 2024, "p", AllocationMethod.MASS, Map.of()).orElseThrow();
    Assembly a = new Assembly();

    a.add(new Part("r1", "/activities/0", Stage.MINING, "a", Origin.DIRECT, 6000), s);
    a.add(new Part("r2", "/activities/1", Stage.MINING, "b", Origin.DIRECT, 1500), s);
    a.add(new Part("r3", "/activities/2", Stage.MINING, "c", Origin.DIRECT, 9999), s);

    // 6000 × 0.25 / 150 = 10; 1500 × 1 / 150 = 10; site c produces nothing: out of scope
    assertThat(a.total).isCloseTo(20.0, within(1e-12));
    assertThat(a.contributions()).hasSize(2);
  }

  @Test
  void scope_enterpriseProduction_coversEverySite() {
    Inventory inv = inventory(row(0, null, "p", new Quantity(10, Units.T)));

    Scope s = Scope.of(inv, 2024, "p", AllocationMethod.MASS, Map.of()).orElseThrow();

    assertThat(s.enterprise()).isTrue();
    assertThat(s.share("a").getAsDouble()).isEqualTo(1.0);
    assertThat(s.share("").getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void scope_mixedAndNonMass_areErrors() {
    Inventory mixed =
        inventory(
            row(0, null, "p", new Quantity(10, Units.T)),
            row(1, "a", "p", new Quantity(1, Units.T)));
    Inventory volume = inventory(row(0, "a", "p", new Quantity(10, Units.NM3)));

    Result<Scope> m = Scope.of(mixed, 2024, "p", AllocationMethod.MASS, Map.of());
    Result<Scope> v = Scope.of(volume, 2024, "p", AllocationMethod.MASS, Map.of());

    assertThat(m.errors()).extracting(Issue::code).containsExactly(FootprintCodes.MIXED_SCOPE);
    assertThat(v.errors())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FootprintCodes.NOT_MASS, "/production/0/unit"));
  }

  @Test
  void scope_zeroTonnesOrZeroValue_areErrors() {
    Inventory zero =
        inventory(
            row(0, "a", "p", new Quantity(0, Units.T)), row(1, "a", "q", new Quantity(5, Units.T)));
    Inventory free = inventory(row(0, "a", "p", new Quantity(10, Units.T)));

    Result<Scope> z = Scope.of(zero, 2024, "p", AllocationMethod.MASS, Map.of());
    Result<Scope> f =
        Scope.of(free, 2024, "p", AllocationMethod.ECONOMIC, Map.of("/production/0", 0.0));

    assertThat(z.errors()).extracting(Issue::code).containsExactly(FootprintCodes.ZERO_PRODUCTION);
    assertThat(f.errors()).extracting(Issue::code).containsExactly(FootprintCodes.ZERO_VALUE);
  }
}
