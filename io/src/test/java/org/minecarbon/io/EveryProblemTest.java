package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/** Issue 10 §2: every field is checked on its own, in one row and across rows. */
class EveryProblemTest {

  /** Read and validated against the built-in factors, as the CLI and the API do. */
  private static Result<Inventory> read(String doc) {
    return Documents.load(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        "doc.json",
        FactorLibrary.builtIn());
  }

  @Test
  void fugitiveRow_unknownStageGasAndNegativeQuantity_allThreeReported() {
    var result =
        read(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},"sites":[{"id":"a"}],
             "activities":[{"period":"2024","source":"fugitive","stage":"blasting","gas":"R22",
                            "quantity":-1,"unit":"t"}]}
            """);
    assertThat(result.isOk()).isFalse();
    assertThat(result.issues())
        .extracting(Issue::code, Issue::pointer, Issue::value)
        .containsExactlyInAnyOrder(
            tuple(Codes.UNKNOWN_STAGE, "/activities/0/stage", "blasting"),
            tuple(Codes.UNKNOWN_GAS, "/activities/0/gas", "R22"),
            tuple(Codes.NEGATIVE_QUANTITY, "/activities/0/quantity", "-1"));
  }

  @Test
  void rows_duplicateIdAfterBrokenRowAndUnpublishedGridYear_reportedWithStructuralErrors() {
    var result =
        read(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},"sites":[{"id":"a"}],
             "activities":[
               {"id":"r1","period":"20x4","source":"fuel","fuel":"diesel","quantity":-5,"unit":"t"},
               {"id":"r1","period":"2024","source":"electricity","quantity":5,"unit":"MWh",
                "grid":"山西","gridYear":2023}
             ]}
            """);
    assertThat(result.issues())
        .extracting(Issue::code, Issue::pointer, Issue::value)
        .containsExactlyInAnyOrder(
            tuple(Codes.INVALID_PERIOD, "/activities/0/period", "20x4"),
            tuple(Codes.NEGATIVE_QUANTITY, "/activities/0/quantity", "-5"),
            tuple(Codes.DUPLICATE_ID, "/activities/1/id", "r1"),
            tuple(Codes.MISSING_FACTOR, "/activities/1/gridYear", "2023"));
  }

  @Test
  void multiSiteDocument_sinkAndProductionWithoutSite_areEnterpriseLevel() {
    var result =
        read(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},
             "sites":[{"id":"a"},{"id":"b"}],
             "activities":[{"period":"2024","site":"a","source":"heat","quantity":5,"unit":"GJ"},
                           {"period":"2024","source":"heat","quantity":5,"unit":"GJ"}],
             "sinks":[{"period":"2024","sink":"allowance","quantity":100,"unit":"tCO2e",
                       "instrument":"CEA"}],
             "production":[{"period":"2024","product":"raw-coal","quantity":1000,"unit":"t"}]}
            """);
    // only the activity row without a site is an error; "one of" lists the sites in order
    assertThat(result.issues())
        .extracting(Issue::code, Issue::pointer, Issue::expected)
        .containsExactly(tuple(Codes.SITE_REQUIRED, "/activities/1/site", "one of a, b"));
  }

  @Test
  void expectedLists_unknownUnitAndGas_listInFileOrder() {
    var result =
        read(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},"sites":[{"id":"a"}],
             "activities":[{"period":"2024","source":"fugitive","gas":"R22","quantity":1,
                            "unit":"furlong"}]}
            """);
    // units.csv and gwp.csv order, the same in every run (a hash order would vary per JVM)
    assertThat(result.issues())
        .extracting(Issue::code, i -> i.expected().substring(0, 30))
        .containsExactly(
            tuple(Codes.UNKNOWN_UNIT, "one of t, kg, 10^4t, Nm3, 10^4"),
            tuple(Codes.UNKNOWN_GAS, "one of CO2, CH4, N2O, SF6, HFC"));
  }

  @Test
  void volumeUnit_m3WithoutNormalConditions_isAWarning() {
    var result =
        read(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},"sites":[{"id":"a"}],
             "activities":[{"period":"2024","source":"fuel","fuel":"natural-gas","quantity":100,
                            "unit":"万立方米"}]}
            """);
    assertThat(result.isOk()).isTrue();
    assertThat(result.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(tuple(Codes.VOLUME_CONDITIONS_ASSUMED, "/activities/0/unit"));
  }
}
