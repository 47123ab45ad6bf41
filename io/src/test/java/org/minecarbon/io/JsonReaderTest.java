package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;
import org.minecarbon.testkit.Fixtures;

class JsonReaderTest {
  static Result<Inventory> json(String text) {
    return Documents.readJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  static Result<Inventory> fixture(String name) {
    return Documents.readJson(Fixtures.stream(name), name);
  }

  /** A minimal valid document with one extra activity row spliced in. */
  /** A one-site document with one activity row, so that a row's own problem is the only one. */
  static String withActivity(String row) {
    return """
        {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},"sites":[{"id":"a"}],
         "activities":[%s]}"""
        .formatted(row);
  }

  @Test
  void readJson_richFixture_mapsEveryRowType() {
    Inventory inv = fixture(Fixtures.RICH).orElseThrow();
    assertThat(inv.sites()).hasSize(3);
    assertThat(inv.activities()).hasSize(16);
    assertThat(inv.sinks()).hasSize(6);
    assertThat(inv.production()).hasSize(2);
    assertThat(inv.activities().stream().map(ActivityRow::source).distinct())
        .containsExactlyInAnyOrder(Source.values());
    ActivityRow.Fuel fuel = (ActivityRow.Fuel) inv.activities().get(0);
    assertThat(fuel.meta().pointer()).isEqualTo("/activities/0");
    assertThat(fuel.meta().stage()).isEqualTo(Stage.MINING);
    assertThat(fuel.meta().note()).isEqualTo("井下无轨胶轮车");
    assertThat(fuel.quantity().value()).isCloseTo(1200.5, within(1e-12));
    assertThat(fuel.meta().uncertainty()).isEqualTo(new Distribution.Normal(5));
    assertThat(inv.activities().get(1).meta().uncertainty())
        .isEqualTo(new Distribution.Lognormal(50, 100));
    assertThat(inv.activities().get(2).meta().uncertainty())
        .isEqualTo(new Distribution.Triangular(-20, 0, 30));
    assertThat(inv.activities().get(3).meta().uncertainty())
        .isEqualTo(new Distribution.Uniform(-10, 10));
  }

  @Test
  void readJson_richFixture_keepsOptionalFieldsAndSharedUnits() {
    Inventory inv = fixture(Fixtures.RICH).orElseThrow();
    var electricity = (ActivityRow.Electricity) inv.activities().get(3);
    assertThat(electricity.exported().unit()).isEqualTo(Units.MWH);
    assertThat(electricity.gridYear()).isEqualTo(2022);
    var steam = (ActivityRow.Heat) inv.activities().get(6);
    assertThat(steam.steam()).isEqualTo(new ActivityRow.Steam(1000, 2780.5));
    var methane = (ActivityRow.MineMethane) inv.activities().get(8);
    assertThat(methane.unit()).isEqualTo(Units.TEN_K_NM3);
    var post = (ActivityRow.CoalMethane) inv.activities().get(11);
    assertThat(post.source()).isEqualTo(Source.POST_MINING_METHANE);
    assertThat(post.factor()).isNull();
    var stock = (SinkRow.Vegetation) inv.sinks().get(3);
    assertThat(stock.quantity().unit()).isEqualTo(Units.TCO2);
    assertThat(stock.area()).isNull();
    var area = (SinkRow.Vegetation) inv.sinks().get(4);
    assertThat(area.area().unit().symbol()).isEqualTo("mu");
    assertThat(area.quantity()).isNull();
  }

  @Test
  void readJson_vegetationAreaWithoutQuantity_unitBelongsToArea() {
    String doc =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":{\"name\":\"x\"},\"sinks\":["
            + "{\"period\":\"2024\",\"sink\":\"vegetation\",\"area\":120,\"unit\":\"ha\",\"rate\":5},"
            + "{\"period\":\"2024\",\"sink\":\"vegetation\",\"area\":15,\"rate\":5},"
            + "{\"period\":\"2024\",\"sink\":\"vegetation\",\"quantity\":8,\"unit\":\"tCO2\","
            + "\"area\":15}]}";
    Inventory inv = json(doc).orElseThrow();
    assertThat(inv.sinks())
        .extracting(s -> ((SinkRow.Vegetation) s).area().unit())
        .containsExactly(Units.HA, Units.HA, Units.HA);
  }

  @Test
  void readJson_brokenFixture_reportsEveryIssueWithExactPointers() {
    Result<Inventory> r = fixture(Fixtures.BROKEN_FIELDS);
    assertThat(r.isOk()).isFalse();
    assertThat(r.issues().stream().map(i -> i.code() + " " + i.pointer()).toList())
        .containsExactlyElementsOf(Fixtures.expectedIssues(Fixtures.BROKEN_FIELDS));
  }

  @Test
  void readJson_brokenFixture_issuesCarryValueAndExpectedForm() {
    List<Issue> issues = fixture(Fixtures.BROKEN_FIELDS).issues();
    Issue unit = find(issues, "/activities/1/unit");
    assertThat(unit.value()).isEqualTo("barrel");
    assertThat(unit.expected()).contains("t", "10^4Nm3", "MWh");
    Issue period = find(issues, "/activities/1/period");
    assertThat(period.value()).isEqualTo("24");
    assertThat(period.expected()).isEqualTo("YYYY or YYYY-MM");
    Issue source = find(issues, "/activities/2/source");
    assertThat(source.expected()).contains("fuel", "mine-methane", "mass-balance");
    Issue quantity = find(issues, "/activities/0/quantity");
    assertThat(quantity.value()).isEqualTo("many");
    assertThat(quantity.expected()).isEqualTo("number");
  }

  private static Issue find(List<Issue> issues, String pointer) {
    return issues.stream().filter(i -> i.pointer().equals(pointer)).findFirst().orElseThrow();
  }

  @Test
  void readJson_syntaxError_reportsLineAndColumn() {
    Result<Inventory> r = fixture(Fixtures.BROKEN_SYNTAX);
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(Codes.INVALID_JSON);
              assertThat(i.message()).contains("line 5, column");
            });
  }

  @Test
  void readJson_duplicateKey_isInvalidJson() {
    Result<Inventory> r = json("{\"format\":\"a\",\"format\":\"b\"}");
    assertThat(r.issues()).extracting(Issue::code).containsExactly(Codes.INVALID_JSON);
  }

  @Test
  void readJson_rootNotObject_isWrongType() {
    assertThat(json("[1,2]").issues()).extracting(Issue::code).containsExactly(Codes.WRONG_TYPE);
  }

  @Test
  void readJson_missingFormatAndEnterprise_areRequired() {
    assertThat(json("{}").issues().stream().map(i -> i.code() + " " + i.pointer()))
        .containsExactly("REQUIRED /format", "REQUIRED /enterprise");
  }

  @Test
  void readJson_extraFieldsAndAbsentSettings_areAccepted() {
    Inventory inv =
        json(withActivity(
                "{\"period\":\"2024\",\"source\":\"fuel\",\"fuel\":\"diesel\",\"quantity\":1,"
                    + "\"unit\":\"t\",\"colour\":\"red\",\"extra\":{\"a\":[1]}}"))
            .orElseThrow();
    assertThat(inv.settings()).isEqualTo(Settings.DEFAULT);
    assertThat(inv.activities()).hasSize(1);
  }

  @Test
  void readJson_codesKeptAsWritten_noSemanticChecks() {
    Inventory inv =
        json(withActivity(
                "{\"period\":\"2024\",\"site\":\"nowhere\",\"source\":\"fuel\",\"fuel\":\"柴油X\","
                    + "\"quantity\":-5,\"unit\":\"t\",\"oxidation\":1.7}"))
            .orElseThrow();
    var fuel = (ActivityRow.Fuel) inv.activities().get(0);
    assertThat(fuel.fuel()).isEqualTo("柴油X");
    assertThat(fuel.quantity().value()).isCloseTo(-5, within(0.0));
    assertThat(fuel.meta().site()).isEqualTo("nowhere");
  }

  @Test
  void readJson_uncertaintyObjectErrors_areInvalidUncertainty() {
    for (String u :
        List.of(
            "{\"distribution\":\"normal\"}",
            "{\"distribution\":\"triangular\",\"min\":5,\"mode\":0,\"max\":1}",
            "{\"distribution\":\"weibull\",\"pct\":3}",
            "42")) {
      Result<Inventory> r =
          json(
              withActivity(
                  "{\"period\":\"2024\",\"source\":\"fugitive\",\"gas\":\"CH4\",\"quantity\":1,"
                      + "\"unit\":\"t\",\"uncertainty\":"
                      + u
                      + "}"));
      assertThat(r.issues())
          .as(u)
          .extracting(Issue::code, Issue::pointer)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Codes.INVALID_UNCERTAINTY, "/activities/0/uncertainty"));
    }
  }

  @Test
  void readJson_heatWithoutAnyAmount_isRequired() {
    Result<Inventory> r = json(withActivity("{\"period\":\"2024\",\"source\":\"heat\"}"));
    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.REQUIRED, "/activities/0/quantity"));
  }

  @Test
  void readJson_gridYearFraction_isWrongType() {
    Result<Inventory> r =
        json(
            withActivity(
                "{\"period\":\"2024\",\"source\":\"electricity\",\"quantity\":1,\"unit\":\"MWh\","
                    + "\"gridYear\":2022.5}"));
    assertThat(r.issues()).extracting(Issue::code).containsExactly(Codes.WRONG_TYPE);
  }

  @Test
  void readJson_chineseAliasesForCodesAndUnits_areAccepted() {
    Inventory inv =
        json(withActivity(
                "{\"period\":\"2024-03\",\"stage\":\"开采\",\"source\":\"化石燃料燃烧\","
                    + "\"fuel\":\"柴油\",\"quantity\":1,\"unit\":\"吨\"}"))
            .orElseThrow();
    ActivityRow row = inv.activities().get(0);
    assertThat(row.source()).isEqualTo(Source.FUEL);
    assertThat(row.meta().stage()).isEqualTo(Stage.MINING);
    assertThat(((ActivityRow.Fuel) row).quantity().unit()).isEqualTo(Units.T);
  }
}
