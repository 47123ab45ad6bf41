package org.minecarbon.io.footprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCalculator;
import org.minecarbon.lca.footprint.FootprintRequest;
import org.minecarbon.lca.footprint.Links;
import tools.jackson.databind.JsonNode;

/** Loads the hand-built copper-molybdenum mine of the footprint tests and computes footprints. */
final class Fixture {
  private Fixture() {}

  static JsonNode tree(String resource) throws IOException {
    try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      return JsonCodec.parse(in.readAllBytes(), resource).orElseThrow();
    }
  }

  static JsonNode tree(String resource, String replace, String with) throws IOException {
    String text = tree(resource).toString().replace(replace, with);
    return JsonCodec.parse(text.getBytes(StandardCharsets.UTF_8), resource).orElseThrow();
  }

  static Result<Footprint> footprint(
      JsonNode inventory,
      int year,
      String product,
      AllocationMethod allocation,
      @Nullable JsonNode links) {
    Inventory inv = InventoryReader.read(inventory, false).orElseThrow();
    Calculation calc = new Calculator(FactorLibrary.builtIn()).calculate(inv).orElseThrow();
    FootprintInputs extra = FootprintInputs.read(inventory, inv).orElseThrow();
    FootprintRequest.Upstream upstream = null;
    if (links != null) {
      Links parsed = LinksReader.read(links).orElseThrow();
      upstream = new FootprintRequest.Upstream(parsed, new FakeBackground(), FakeBackground.METHOD);
    }
    return new FootprintCalculator()
        .calculate(
            new FootprintRequest(
                calc, year, product, allocation, extra.prices(), extra.materials(), upstream));
  }
}
