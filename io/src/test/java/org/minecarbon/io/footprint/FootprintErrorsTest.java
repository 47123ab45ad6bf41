package org.minecarbon.io.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.Origin;
import tools.jackson.databind.JsonNode;

/** Invalid footprint requests: every problem with its pointer, nothing computed. */
class FootprintErrorsTest {
  private static List<String> described(Result<Footprint> r) {
    assertThat(r.isOk()).as("expected a failure").isFalse();
    return r.errors().stream().map(Issue::describe).toList();
  }

  @Test
  void footprint_unknownProduct_isAnErrorListingTheProducts() throws IOException {
    Result<Footprint> r =
        Fixture.footprint(
            Fixture.tree("copper-mine.json"), 2024, "gold", AllocationMethod.MASS, null);

    assertThat(described(r))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(FootprintCodes.UNKNOWN_PRODUCT, "/production", "gold")
        .contains("copper-concentrate", "molybdenum-concentrate");
  }

  @Test
  void footprint_yearWithoutProduction_isAnErrorNamingTheYears() throws IOException {
    Result<Footprint> r =
        Fixture.footprint(
            Fixture.tree("copper-mine.json"),
            2022,
            "copper-concentrate",
            AllocationMethod.MASS,
            null);

    assertThat(described(r))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(FootprintCodes.NO_PRODUCTION, "2022", "[2023, 2024]");
  }

  @Test
  void footprint_economicWithoutPrice_namesTheRowAndEveryBadLink() throws IOException {
    JsonNode inventory = Fixture.tree("copper-mine.json", ",\"price\":100000", "");
    JsonNode links =
        Fixture.tree(
            "links.json",
            "\"links\":[",
            "\"links\":[{\"input\":\"fuel\",\"code\":\"gasoline\",\"process\":\"proc-diesel\","
                + "\"unit\":\"kg\",\"per\":\"t\",\"amount\":1000},"
                + "{\"input\":\"material\",\"code\":\"cement\",\"process\":\"proc-anfo\","
                + "\"unit\":\"kg\",\"per\":\"t\",\"amount\":1000},"
                + "{\"input\":\"electricity\",\"code\":\"nowhere\",\"process\":\"proc-anfo\","
                + "\"unit\":\"kg\",\"per\":\"t\",\"amount\":1000},");

    Result<Footprint> r =
        Fixture.footprint(inventory, 2024, "copper-concentrate", AllocationMethod.ECONOMIC, links);

    assertThat(described(r))
        .containsExactlyInAnyOrder(
            "ERROR FOOTPRINT_PRICE_MISSING /production/1/price: economic allocation needs the"
                + " price of every co-product (molybdenum-concentrate) (expected a non-negative"
                + " price per tonne)",
            "ERROR LINK_UNKNOWN_INPUT /links/0/code: no fuel row of the inventory matches this"
                + " link (got \"gasoline\"; expected the fuel code of a fuel row)",
            "ERROR LINK_UNKNOWN_INPUT /links/1/code: no material row of the inventory matches"
                + " this link (got \"cement\"; expected the material code of a materials row)",
            "ERROR LINK_UNKNOWN_INPUT /links/2/code: no electricity row of the inventory matches"
                + " this link (got \"nowhere\"; expected the site or grid of an electricity row,"
                + " or *)");
  }

  @Test
  void footprint_failingBackgroundAndUnitMismatch_areReportedAtTheirPointers() throws IOException {
    JsonNode links = Fixture.tree("links.json", "\"proc-anfo\"", "\"proc-missing\"").deepCopy();
    JsonNode badUnit =
        Fixture.tree(
            "links.json", "\"per\":\"t\",\"amount\":1000}", "\"per\":\"MWh\",\"amount\":1000}");

    List<String> missing =
        described(
            Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                links));
    List<String> mismatch =
        described(
            Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                badUnit));

    assertThat(missing)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("ERROR BACKGROUND_FAILED /links/2/process: background process proc-missing");
    // the diesel link and the explosives link now both start from MWh: the three 2024 diesel
    // rows (t) and the explosives row (t) cannot be converted
    assertThat(mismatch)
        .hasSize(4)
        .allMatch(s -> s.startsWith("ERROR LINK_UNIT_MISMATCH /"))
        .anyMatch(s -> s.contains("/activities/0/unit"))
        .anyMatch(s -> s.contains("/materials/0/unit"));
  }

  @Test
  void footprint_unlinkedMaterial_isAWarningAndAddsNothing() throws IOException {
    JsonNode links = Fixture.tree("links.json", "\"code\":\"explosives\"", "\"code\":\"diesel-x\"");
    JsonNode onlyFuelAndPower =
        Fixture.tree(
            "links.json",
            ",{\"input\":\"material\",\"code\":\"explosives\",\"process\":\"proc-anfo\","
                + "\"name\":\"Explosive, ANFO, at plant\",\"unit\":\"kg\",\"per\":\"t\",\"amount\":1000}",
            "");
    assertThat(onlyFuelAndPower.path("links").size()).isEqualTo(2);
    assertThat(links.path("links").size()).isEqualTo(3);

    Footprint f =
        Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                onlyFuelAndPower)
            .orElseThrow();

    // upstream without the 600,000 kg of explosives: (560,000 + 2,000,000) kg × 1e-5
    assertThat(f.byOrigin().get(Origin.UPSTREAM))
        .isCloseTo(25.6, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(f.warnings()).extracting(Issue::code).contains(FootprintCodes.UNLINKED_MATERIAL);
  }

  @Test
  void footprint_upstreamMethodOfAnotherGwpSet_isAWarning() throws IOException {
    JsonNode ar5 = Fixture.tree("copper-mine.json", "\"gwp\":\"AR6\"", "\"gwp\":\"AR5\"");
    assertThat(ar5.at("/settings/gwp").asString()).isEqualTo("AR5");

    Footprint f =
        Fixture.footprint(
                ar5, 2024, "copper-concentrate", AllocationMethod.MASS, Fixture.tree("links.json"))
            .orElseThrow();

    assertThat(f.warnings())
        .filteredOn(w -> w.code().equals(FootprintCodes.GWP_MISMATCH))
        .singleElement()
        .extracting(Issue::pointer)
        .isEqualTo("/settings/gwp");
  }
}
