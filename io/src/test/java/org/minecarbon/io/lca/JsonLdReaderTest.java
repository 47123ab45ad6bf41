package org.minecarbon.io.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.Inventory;

class JsonLdReaderTest {
  private static final LinkOptions NONE = new LinkOptions(Set.of(), AllocationMethod.NONE);

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(JsonLdReaderTest.class.getResource(name).toURI());
  }

  static Path uslci() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip")
        .normalize();
  }

  @Test
  void v2Folder_formulaUnitsAndDefaultProvider_inventoryByHand() throws Exception {
    // concentrate 1 kg needs ratio/1000 t ore = 20/1000 t = 20 kg; mining 0.01 kg CO2/kg ore
    // → 0.2 kg; concentration itself 0.5 kg → 0.7 kg CO2; AR6 GWP 1 → 0.7 kg CO2e
    Library lib = JsonLdReader.read(fixture("v2-tiny")).orElseThrow();
    Inventory inv =
        LcaEngine.of(lib).orElseThrow().impact("p-conc", 1, NONE, "ipcc-ar6-gwp100").orElseThrow();
    assertThat(inv.flows()).hasSize(1);
    assertThat(inv.flows().get(0).amount()).isCloseTo(0.7, within(1e-12));
    assertThat(inv.impacts().get(0).amount()).isCloseTo(0.7, within(1e-12));
    assertThat(inv.processes()).isEqualTo(2);
  }

  @Test
  void brokenDatabase_everyProblemNamedWithFileAndField() throws Exception {
    Result<Library> r = JsonLdReader.read(fixture("v2-broken"));
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors())
        .extracting(Issue::code)
        .contains(
            "INVALID_JSON",
            "NO_REFERENCE_UNIT",
            "UNKNOWN_FLOW",
            "UNKNOWN_UNIT",
            "INVALID_AMOUNT",
            "UNKNOWN_PROVIDER");
    assertThat(r.errors())
        .filteredOn(i -> i.code().equals("UNKNOWN_FLOW"))
        .singleElement()
        .satisfies(
            i -> assertThat(i.pointer()).isEqualTo("processes/p-conc.json: exchanges/3/flow"));
  }

  @Test
  void uslciV1_readsAllProcessesAndFormulasEqualStoredAmounts() {
    Library lib = JsonLdReader.read(uslci()).orElseThrow();
    assertThat(lib.processes()).hasSize(766);
    Library evaluated = LcaEngine.of(lib).orElseThrow().library();
    int formulas = 0;
    for (var p : lib.allProcesses()) {
      var after = evaluated.processes().get(p.id()).exchanges();
      for (int i = 0; i < p.exchanges().size(); i++) {
        var e = p.exchanges().get(i);
        if (!e.formula().isBlank()) {
          formulas++;
          // openLCA stored the value of each formula when it exported: they must agree
          assertThat(after.get(i).amount())
              .as(p.name() + " " + e.formula())
              .isCloseTo(e.amount(), within(1e-9 * Math.max(1, Math.abs(e.amount()))));
        }
      }
    }
    assertThat(formulas).isEqualTo(259);
  }

  @Test
  void preparedLibrary_roundTrip_sameInventory(@TempDir Path dir) throws Exception {
    Library lib = JsonLdReader.read(fixture("v2-tiny")).orElseThrow();
    Path file = dir.resolve("tiny.mclib");
    PreparedLibrary.write(LcaEngine.of(lib).orElseThrow().library(), file);
    assertThat(PreparedLibrary.isPrepared(file)).isTrue();
    Library back = PreparedLibrary.read(file).orElseThrow();
    double a =
        LcaEngine.ofEvaluated(back)
            .inventory("p-conc", 1, NONE)
            .orElseThrow()
            .flows()
            .get(0)
            .amount();
    assertThat(a).isCloseTo(0.7, within(1e-12));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LciWriter.writeJson(
        LcaEngine.ofEvaluated(back).inventory("p-conc", 1, NONE).orElseThrow(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"format\" : \"minecarbon/lci@1\"");
  }
}
