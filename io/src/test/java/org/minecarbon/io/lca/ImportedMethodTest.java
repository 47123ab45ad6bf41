package org.minecarbon.io.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;

/**
 * An LCIA method carried in a hand-made v2 package ({@code v2-method}: v2-tiny plus methane, water
 * and a method). Inventory of 1 kg concentrate: 20 kg ore (formula ratio/1000 t), CO2 0.5 + 20 ×
 * 0.01 = 0.7 kg, CH4 20 × 2 g = 0.04 kg, water input 3 kg.
 */
class ImportedMethodTest {
  private static final LinkOptions NONE = new LinkOptions(Set.of(), AllocationMethod.NONE);

  private static Path fixture() throws Exception {
    return Path.of(ImportedMethodTest.class.getResource("v2-method").toURI());
  }

  private static double category(Inventory inv, String name) {
    return inv.impacts().stream()
        .filter(i -> i.category().equals(name))
        .mapToDouble(ImpactResult::amount)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void v2Method_unitAndPropertyConversion_valueByHand() throws Exception {
    Result<Library> read = JsonLdReader.read(fixture());
    // the factor on a flow outside the package is a warning, not an error
    assertThat(read.issues()).extracting(Issue::code).containsExactly("IMPACT_FACTOR_UNKNOWN_FLOW");
    LcaEngine engine = LcaEngine.of(read.orElseThrow()).orElseThrow();
    Inventory inv = engine.impact("p-conc", 1, NONE, "m-test").orElseThrow();
    // CO2: 0.001 per g = 0.001 × 1 (mass factor) ÷ 0.001 (g) = 1 per kg → 0.7
    // CH4: 30 per m3 = 30 × 1.5 m3/kg ÷ 1 = 45 per kg → 0.04 × 45 = 1.8; total 2.5 kg CO2 eq
    assertThat(category(inv, "Global warming (test)")).isCloseTo(2.5, within(1e-12));
    // water is an input: counted positive as openLCA does, 3 kg × 0.5 = 1.5
    assertThat(category(inv, "Water use (test)")).isCloseTo(1.5, within(1e-12));
    assertThat(inv.impacts()).extracting(ImpactResult::unit).containsExactly("kg CO2 eq", "kg");
  }

  @Test
  void v1InlineCategory_referenceUnitName_read() throws Exception {
    LcaEngine engine = LcaEngine.of(JsonLdReader.read(fixture()).orElseThrow()).orElseThrow();
    // CH4 25 per kg (no unit: reference unit) → 0.04 × 25 = 1.0
    Inventory inv = engine.impact("p-conc", 1, NONE, "m-v1").orElseThrow();
    assertThat(inv.impacts().get(0).amount()).isCloseTo(1.0, within(1e-12));
    assertThat(inv.impacts().get(0).unit()).isEqualTo("kg CO2 eq");
  }

  @Test
  void categoryContributions_byProcess_sumToTheImpact() throws Exception {
    LcaEngine engine = LcaEngine.of(JsonLdReader.read(fixture()).orElseThrow()).orElseThrow();
    Contributions c = engine.contributions("p-conc", 1, NONE, "c-gw").orElseThrow();
    // concentration: 0.5 kg CO2 × 1 = 0.5; mining: 20 × (0.01 + 0.002 × 45) = 2.0
    assertThat(c.total()).isCloseTo(2.5, within(1e-12));
    assertThat(c.byProcess().get(0).processId()).isEqualTo("p-mine");
    assertThat(c.byProcess().get(0).amount()).isCloseTo(2.0, within(1e-12));
    // water as an input flow keeps a positive contribution through the weight −CF
    Contributions w = engine.contributions("p-conc", 1, NONE, "c-water").orElseThrow();
    assertThat(w.total()).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void preparedLibrary_keepsMethods(@TempDir Path dir) throws Exception {
    Library lib = LcaEngine.of(JsonLdReader.read(fixture()).orElseThrow()).orElseThrow().library();
    Path out = dir.resolve("lib.gz");
    PreparedLibrary.write(lib, out);
    Library back = PreparedLibrary.read(out).orElseThrow();
    Inventory inv = LcaEngine.ofEvaluated(back).impact("p-conc", 1, NONE, "m-test").orElseThrow();
    assertThat(category(inv, "Global warming (test)")).isCloseTo(2.5, within(1e-12));
  }
}
