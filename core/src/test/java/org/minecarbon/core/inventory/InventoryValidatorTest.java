package org.minecarbon.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.unit.Units;

/** Every problem is reported with its pointer; nothing is computed from an invalid inventory. */
class InventoryValidatorTest {

  static List<Issue> errors(Inventory inv) {
    return InventoryValidator.validate(inv, InventoryBuilder.library()).stream()
        .filter(Issue::isError)
        .toList();
  }

  @Test
  void validate_documentWithManyProblems_reportsEachWithPointer() {
    Inventory inv =
        InventoryBuilder.coalMine()
            .activity(m -> new ActivityRow.Fuel(m, "unobtainium", q(1, "t"), null, null, null))
            .activity(m -> new ActivityRow.Fuel(m, "diesel", q(-5, "t"), null, null, 1.5))
            .activity(m -> new ActivityRow.Fuel(m, "diesel", q(5, "MWh"), null, null, null))
            .activity(
                m ->
                    new ActivityRow.Carbonate(
                        m,
                        q(10, "t"),
                        Map.of("CaCO3", 0.8, "MgCO3", 0.5, "Kryptonite", 0.1),
                        null,
                        Map.of()))
            .activity(m -> new ActivityRow.MineMethane(m, 10.0, 5.0, 20.0, null, Units.TEN_K_NM3))
            .activity(m -> new ActivityRow.Fugitive(m, "XYZ", q(1, "t"), null))
            .activity(
                m -> new ActivityRow.Electricity(m, q(1, "MWh"), null, null, "Atlantis", null))
            .sink(m -> new SinkRow.Storage(m, q(10, "t"), q(20, "t")))
            .build();
    List<Issue> errors = errors(inv);
    assertThat(errors)
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Codes.UNKNOWN_FUEL, "/activities/0/fuel"),
            org.assertj.core.groups.Tuple.tuple(Codes.NEGATIVE_QUANTITY, "/activities/1/quantity"),
            org.assertj.core.groups.Tuple.tuple(
                Codes.FRACTION_OUT_OF_RANGE, "/activities/1/oxidation"),
            org.assertj.core.groups.Tuple.tuple(Codes.WRONG_UNIT, "/activities/2/unit"),
            org.assertj.core.groups.Tuple.tuple(
                Codes.UNKNOWN_CARBONATE, "/activities/3/carbonates/Kryptonite"),
            org.assertj.core.groups.Tuple.tuple(
                Codes.FRACTIONS_EXCEED_ONE, "/activities/3/carbonates"),
            org.assertj.core.groups.Tuple.tuple(Codes.METHANE_BALANCE_NEGATIVE, "/activities/4"),
            org.assertj.core.groups.Tuple.tuple(Codes.UNKNOWN_GAS, "/activities/5/gas"),
            org.assertj.core.groups.Tuple.tuple(Codes.UNKNOWN_GRID, "/activities/6/grid"),
            org.assertj.core.groups.Tuple.tuple(Codes.LOSSES_EXCEED_CAPTURED, "/sinks/0/losses"));
    assertThat(errors).allSatisfy(i -> assertThat(i.message()).isNotBlank());
    assertThat(errors.getFirst().expected()).contains("diesel");
    // nothing is computed from it
    var result = new BalanceCalculator(InventoryBuilder.library()).calculate(inv);
    assertThat(result.isOk()).isFalse();
    assertThat(result.errors()).hasSameSizeAs(errors);
  }

  @Test
  void validate_siteReferences_requiredWhenSeveralSitesAndMustExist() {
    Inventory inv =
        new InventoryBuilder()
            .site("a", MineType.SURFACE, null)
            .site("b", MineType.SURFACE, null)
            .at("2024", null)
            .activity(m -> new ActivityRow.Heat(m, q(1, "GJ"), null, null, null, null))
            .at("2024", "zz")
            .activity(m -> new ActivityRow.Heat(m, q(1, "GJ"), null, null, null, null))
            .build();
    assertThat(errors(inv))
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.SITE_REQUIRED, "/activities/0/site"),
            org.assertj.core.groups.Tuple.tuple(Codes.UNKNOWN_SITE, "/activities/1/site"));
  }

  @Test
  void validate_unknownFactorSetAndEmptyDocument_areErrors() {
    Inventory inv = InventoryBuilder.coalMine().settings(null, "NOPE-1").build();
    assertThat(errors(inv))
        .extracting(Issue::code)
        .containsExactlyInAnyOrder(Codes.UNKNOWN_FACTOR_SET, Codes.EMPTY_DOCUMENT);
  }

  @Test
  void validate_heatAndVegetationAlternatives_exactlyOneRequired() {
    Inventory inv =
        InventoryBuilder.coalMine()
            .activity(m -> new ActivityRow.Heat(m, null, null, null, null, null))
            .activity(
                m ->
                    new ActivityRow.Heat(
                        m, q(1, "GJ"), null, new ActivityRow.Steam(1, 50), null, null))
            .sink(m -> new SinkRow.Vegetation(m, q(1, "tCO2"), q(1, "ha"), 2.0, null))
            .sink(m -> new SinkRow.Vegetation(m, null, q(1, "ha"), null, null))
            .build();
    assertThat(errors(inv))
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Codes.REQUIRED, "/activities/0/quantity"),
            org.assertj.core.groups.Tuple.tuple(Codes.CONFLICTING_FIELDS, "/activities/1"),
            org.assertj.core.groups.Tuple.tuple(
                Codes.ENTHALPY_BELOW_REFERENCE, "/activities/1/steam/enthalpy"),
            org.assertj.core.groups.Tuple.tuple(Codes.CONFLICTING_FIELDS, "/sinks/0"),
            org.assertj.core.groups.Tuple.tuple(Codes.REQUIRED, "/sinks/1/rate"));
  }

  @Test
  void validate_duplicateRowIds_reportSecondOccurrence() {
    RowMeta a =
        new RowMeta("x", "/activities/0", Period.ofYear(2024), null, null, null, null, null);
    RowMeta b =
        new RowMeta("x", "/activities/1", Period.ofYear(2024), null, null, null, null, null);
    Inventory base = InventoryBuilder.coalMine().build();
    Inventory inv =
        new Inventory(
            base.enterprise(),
            base.settings(),
            base.sites(),
            List.of(
                new ActivityRow.Heat(a, q(1, "GJ"), null, null, null, null),
                new ActivityRow.Heat(b, q(1, "GJ"), null, null, null, null)),
            List.of(),
            List.of());
    assertThat(errors(inv))
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.DUPLICATE_ID, "/activities/1/id"));
  }

  @Test
  void validate_quantityAboveWorldTotals_implausibleNamingTheLimitInTheRowUnit() {
    // issue 11: 1e308 t was accepted and the balance became Infinity. Mass limit 10^10 t
    // (Dimension.MASS), so 10^7 × 10^4 t = 10^11 t is refused and 10^10 t itself is accepted.
    Inventory inv =
        InventoryBuilder.coalMine()
            .activity(m -> new ActivityRow.Fuel(m, "diesel", q(1e308, "t"), null, null, null))
            .activity(m -> new ActivityRow.Fuel(m, "diesel", q(1e7, "10^4t"), null, null, null))
            .activity(m -> new ActivityRow.Fuel(m, "diesel", q(1e10, "t"), null, null, null))
            .build();

    List<Issue> errors = errors(inv);

    assertThat(errors)
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Codes.QUANTITY_IMPLAUSIBLE, "/activities/0/quantity"),
            org.assertj.core.groups.Tuple.tuple(
                Codes.QUANTITY_IMPLAUSIBLE, "/activities/1/quantity"));
    assertThat(errors.get(1).expected()).isEqualTo("at most 1000000 10^4t");
  }

  @Test
  void validate_noteLongerThanASpreadsheetCell_textTooLong() {
    // issue 11: a 90,000-character note broke the XLSX export; a cell holds 32,767 characters
    String cell = "注".repeat(InventoryValidator.MAX_TEXT);
    Inventory inv =
        InventoryBuilder.coalMine()
            .activity(
                m ->
                    new ActivityRow.Fuel(
                        withTexts(m, cell + "x", null), "diesel", q(1, "t"), null, null, null))
            .activity(
                m ->
                    new ActivityRow.Fuel(
                        withTexts(m, cell, "y".repeat(90_000)),
                        "diesel",
                        q(1, "t"),
                        null,
                        null,
                        null))
            .build();

    assertThat(errors(inv))
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.TEXT_TOO_LONG, "/activities/0/note"),
            org.assertj.core.groups.Tuple.tuple(Codes.TEXT_TOO_LONG, "/activities/1/evidence"));
  }

  private static RowMeta withTexts(RowMeta m, String note, String evidence) {
    return new RowMeta(
        m.id(), m.pointer(), m.period(), m.site(), m.stage(), note, evidence, m.uncertainty());
  }
}
