package org.minecarbon.io.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.Footprint;
import tools.jackson.databind.JsonNode;

/**
 * The scope is the site(s) producing the product: on examples/metal-mine.json (pit → copper-ore,
 * concentrator → copper-concentrate) the concentrate's 2024 footprint holds the concentrator's rows
 * only, each with share 1 over 121,500 t.
 */
class FootprintScopeTest {
  private static JsonNode metalMine() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("..", "examples", "metal-mine.json"));
    return JsonCodec.parse(bytes, "metal-mine.json").orElseThrow();
  }

  @Test
  void footprint_multiSite_countsOnlyTheProducingSite() throws IOException {
    Footprint f =
        Fixture.footprint(metalMine(), 2024, "copper-concentrate", AllocationMethod.MASS, null)
            .orElseThrow();

    assertThat(f.contributions())
        .extracting(Contribution::row)
        .containsExactlyInAnyOrder(
            "mill-power-2024", "lime-kiln-2024", "sf6-2024", "dryer-cems-2024");
    assertThat(f.siteShares()).containsOnlyKeys("concentrator");
    assertThat(f.tonnes()).isEqualTo(121500.0);
    // dryer stack: 1850 t CO2 (measured) × 1000 ÷ 121,500 t = 15.2263374486 kg/t
    Contribution dryer =
        f.contributions().stream()
            .filter(c -> c.row().equals("dryer-cems-2024"))
            .findFirst()
            .orElseThrow();
    assertThat(dryer.kgCo2ePerT()).isCloseTo(1_850_000 / 121_500.0, within(1e-9));
    // the SF6 row is stage auxiliary: reported under its own key, beside the contract's six
    assertThat(f.byStage()).containsKeys("exploration", "unassigned", "auxiliary");
    double stages = f.byStage().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(stages).isCloseTo(f.total(), within(1e-9));
  }
}
