package org.minecarbon.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GridDefault;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.testing.InventoryBuilder;

/**
 * Official grid factors (contract revision 1.1 §5) and the gridDefault rule. Oracle: the values as
 * printed in the announcements' reproductions cited per row in factors/cn-grid.csv — 2021
 * 公告2024年第12号, 2022 announcement of 2024-12-20, 2023 公告2025年第47号 — not the code's output.
 */
class GridFactorGoldenTest {

  private static Result<Calculation> calc(Inventory inv) {
    return new Calculator(InventoryBuilder.library()).calculate(inv);
  }

  private static Result<Calculation> oneRow(String year, String grid, Integer gridYear) {
    return calc(
        InventoryBuilder.coalMine()
            .at(year)
            .activity(
                m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, grid, gridYear))
            .build());
  }

  /** 1000 MWh × factor (tCO2/MWh) = 1000 × factor tCO2; one spot value per region per year. */
  @ParameterizedTest(name = "{0} {1} = {2} ({3})")
  @CsvSource({
    "华北, 2021, 0.7120, 公告2024年第12号",
    "东北, 2021, 0.6012, 公告2024年第12号",
    "华东, 2021, 0.5992, 公告2024年第12号",
    "华中, 2021, 0.5354, 公告2024年第12号",
    "西北, 2021, 0.5951, 公告2024年第12号",
    "南方, 2021, 0.4326, 公告2024年第12号",
    "西南, 2021, 0.2113, 公告2024年第12号",
    "华北, 2022, 0.6776, 2024-12-20 announcement",
    "东北, 2022, 0.5564, 2024-12-20 announcement",
    "华东, 2022, 0.5617, 2024-12-20 announcement",
    "华中, 2022, 0.5395, 2024-12-20 announcement",
    "西北, 2022, 0.5857, 2024-12-20 announcement",
    "南方, 2022, 0.3869, 2024-12-20 announcement",
    "西南, 2022, 0.2268, 2024-12-20 announcement",
    "华北, 2023, 0.6361, 公告2025年第47号",
    "东北, 2023, 0.5122, 公告2025年第47号",
    "华东, 2023, 0.5500, 公告2025年第47号",
    "华中, 2023, 0.5271, 公告2025年第47号",
    "西北, 2023, 0.5543, 公告2025年第47号",
    "南方, 2023, 0.4042, 公告2025年第47号",
    "西南, 2023, 0.2472, 公告2025年第47号",
    "national, 2021, 0.5568, 公告2024年第12号",
    "national, 2022, 0.5366, 2024-12-20 announcement",
    "national, 2023, 0.5306, 公告2025年第47号",
  })
  void region_spotValue_matchesAnnouncement(
      String grid, int year, double factor, String announcement) {
    Calculation c = oneRow(String.valueOf(year), grid, null).orElseThrow();
    assertThat(c.lines().getFirst().co2e()).isCloseTo(1000 * factor, within(1e-9));
    Factor used = c.lines().getFirst().factors().getFirst().factor();
    assertThat(used.citation()).contains(announcement.split(" ")[0]);
  }

  @Test
  void region_2024Row_usesThe2023Factor() {
    // the issue's case: a 2024 row in 华东 takes 2023's 0.5500, not 2022's 0.5617 → 550 tCO2
    Calculation c = oneRow("2024", "华东", null).orElseThrow();
    assertThat(c.lines().getFirst().co2e()).isCloseTo(550.0, within(1e-9));
  }

  @Test
  void province_withAndWithoutSuffix_resolveAlike() {
    // 河南 2022 0.6058 (code table; [I]) → 605.8 tCO2; 河南省 the same
    assertThat(oneRow("2022", "河南", null).orElseThrow().lines().getFirst().co2e())
        .isCloseTo(605.8, within(1e-9));
    assertThat(oneRow("2022", "河南省", null).orElseThrow().lines().getFirst().co2e())
        .isCloseTo(605.8, within(1e-9));
    // 宁夏回族自治区 2021 0.6546 → 654.6; 新疆维吾尔自治区 2022 0.6231 → 623.1
    assertThat(oneRow("2021", "宁夏回族自治区", null).orElseThrow().lines().getFirst().co2e())
        .isCloseTo(654.6, within(1e-9));
    assertThat(oneRow("2022", "新疆维吾尔自治区", null).orElseThrow().lines().getFirst().co2e())
        .isCloseTo(623.1, within(1e-9));
  }

  @Test
  void province_2023NotShipped_usesLatestShippedWithWarning() {
    // 陕西 2023 is published but not shipped: a 2024 row uses 2022's 0.6558 (→ 655.8) and says so
    Result<Calculation> r = oneRow("2024", "陕西", null);
    assertThat(r.orElseThrow().lines().getFirst().co2e()).isCloseTo(655.8, within(1e-9));
    assertThat(r.issues())
        .anySatisfy(
            i -> {
              assertThat(i.code()).isEqualTo(Codes.GRID_YEAR_FALLBACK);
              assertThat(i.message()).contains("2023").contains("Shaanxi").contains("2022");
            });
  }

  @Test
  void province_withoutAnyValue_isUnknownGridNamingIt() {
    Result<Calculation> r = oneRow("2022", "西藏", null);
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(Codes.UNKNOWN_GRID);
              assertThat(i.message()).contains("Tibet").contains("no grid factor");
              assertThat(i.value()).isEqualTo("西藏");
            });
  }

  @Test
  void gridYear_beforeFirstPublished_takesEarliestWithWarning() {
    // gridYear 2019 → earliest published 2021: 华北 0.7120 → 712 tCO2, with a warning
    Result<Calculation> r = oneRow("2024", "华北", 2019);
    assertThat(r.orElseThrow().lines().getFirst().co2e()).isCloseTo(712.0, within(1e-9));
    assertThat(r.issues()).extracting(Issue::code).contains(Codes.GRID_YEAR_FALLBACK);
  }

  @Test
  void gridDefault_national_isTheDefault() {
    // no grid, no gridDefault: national 2023 0.5306 → 530.6
    assertThat(oneRow("2024", null, null).orElseThrow().lines().getFirst().co2e())
        .isCloseTo(530.6, within(1e-9));
  }

  @Test
  void gridDefault_province_takesTheSiteProvinceElseTheEnterprises() {
    // site in 山东 (2022: 0.641) → 641; the enterprise is in 山西 (0.7096) → a site without a
    // province takes 709.6
    Inventory inv =
        new InventoryBuilder()
            .siteIn("a", "山东省")
            .siteIn("b", null)
            .gridDefault(GridDefault.PROVINCE)
            .at("2022", "a")
            .activity(m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, null, null))
            .at("2022", "b")
            .activity(m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, null, null))
            .build();
    Calculation c = calc(inv).orElseThrow();
    assertThat(c.lines().get(0).co2e()).isCloseTo(641.0, within(1e-9));
    assertThat(c.lines().get(1).co2e()).isCloseTo(709.6, within(1e-9));
  }

  @Test
  void gridDefault_region_takesTheProvincesRegionalGrid() {
    // site in 河南 → 华中; 2023 华中 0.5271 → 527.1 (a 2024 row)
    Inventory inv =
        new InventoryBuilder()
            .siteIn("a", "河南")
            .gridDefault(GridDefault.REGION)
            .at("2024", null)
            .activity(m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, null, null))
            .build();
    assertThat(calc(inv).orElseThrow().lines().getFirst().co2e()).isCloseTo(527.1, within(1e-9));
  }

  @Test
  void gridDefault_regionOfInnerMongolia_isAnErrorAskingForTheGrid() {
    Inventory inv =
        new InventoryBuilder()
            .siteIn("a", "内蒙古自治区")
            .gridDefault(GridDefault.REGION)
            .at("2024", null)
            .activity(m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, null, null))
            .build();
    assertThat(calc(inv).errors())
        .singleElement()
        .satisfies(i -> assertThat(i.code()).isEqualTo(Codes.UNKNOWN_GRID));
  }
}
