package org.minecarbon.io.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.footprint.InputKind;
import org.minecarbon.lca.footprint.Link;
import org.minecarbon.lca.footprint.Links;
import tools.jackson.databind.JsonNode;

class LinksReaderTest {
  private static JsonNode json(String text) {
    return JsonCodec.parse(text.getBytes(StandardCharsets.UTF_8), "LINKS.json").orElseThrow();
  }

  @Test
  void read_validLinks_givesEveryField() throws Exception {
    Links links = LinksReader.read(Fixture.tree("links.json")).orElseThrow();

    assertThat(links.links()).hasSize(3);
    Link diesel = links.links().getFirst();
    assertThat(diesel.kind()).isEqualTo(InputKind.FUEL);
    assertThat(diesel.code()).isEqualTo("diesel");
    assertThat(diesel.process()).isEqualTo("proc-diesel");
    assertThat(diesel.unit()).isEqualTo("kg");
    assertThat(diesel.per()).isEqualTo(Units.T);
    assertThat(diesel.amount()).isEqualTo(1000.0);
    assertThat(diesel.pointer()).isEqualTo("/links/0");
  }

  @Test
  void read_invalidLinks_listsEveryProblemWithItsPointer() {
    Result<Links> r =
        LinksReader.read(
            json(
                """
                { "format": "minecarbon/links@0",
                  "links": [
                    { "input": "fuels", "code": "diesel", "process": "p", "unit": "kg", "per": "t", "amount": 1 },
                    { "input": "fuel", "code": "diesel", "unit": "kg", "per": "tons", "amount": -1 },
                    { "input": "material", "code": "cement", "process": "p", "unit": "kg", "per": "t", "amount": 1 },
                    { "input": "material", "code": "cement", "process": "q", "unit": "kg", "per": "t", "amount": 1 },
                    7
                  ] }
                """));

    assertThat(r.isOk()).isFalse();
    assertThat(r.errors())
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_FORMAT", "/format"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_CODE", "/links/0/input"),
            org.assertj.core.groups.Tuple.tuple("REQUIRED", "/links/1/process"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_UNIT", "/links/1/per"),
            org.assertj.core.groups.Tuple.tuple("NEGATIVE_QUANTITY", "/links/1/amount"),
            org.assertj.core.groups.Tuple.tuple(LinksReader.DUPLICATE_LINK, "/links/3/code"),
            org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "/links/4"));
  }

  @Test
  void read_materialsExtension_listsEveryProblem() throws Exception {
    JsonNode inv =
        Fixture.tree(
            "copper-mine.json",
            "\"materials\":[",
            "\"materials\":[{\"period\":\"2024-13\",\"stage\":\"blasting\",\"site\":\"pit\","
                + "\"material\":\"cement\",\"quantity\":-5,\"unit\":\"bags\"},");
    JsonNode withBadPrice =
        Fixture.tree("copper-mine.json", "\"price\":20000", "\"price\":\"cheap\"");
    var inventory =
        org.minecarbon.io.json.InventoryReader.read(Fixture.tree("copper-mine.json"), false)
            .orElseThrow();

    Result<FootprintInputs> r = FootprintInputs.read(inv, inventory);
    Result<FootprintInputs> price = FootprintInputs.read(withBadPrice, inventory);

    assertThat(r.errors())
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("INVALID_PERIOD", "/materials/0/period"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_STAGE", "/materials/0/stage"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_SITE", "/materials/0/site"),
            org.assertj.core.groups.Tuple.tuple("NEGATIVE_QUANTITY", "/materials/0/quantity"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_UNIT", "/materials/0/unit"));
    assertThat(price.errors())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "/production/0/price"));
  }
}
