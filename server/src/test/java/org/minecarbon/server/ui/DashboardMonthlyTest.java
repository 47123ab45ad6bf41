package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;

/** The dashboard's monthly trend: 12 points for a year with monthly rows, and the previous year. */
class DashboardMonthlyTest {
  /**
   * Power only (gridFactor 0.5 tCO2/MWh, so CO2 = MWh / 2): 2023-01 200 MWh → 100 t; 2024-01 100
   * MWh → 50 t, 2024-03 300 MWh → 150 t; 2024-02 has no row (a gap, not zero).
   */
  private static final String JSON =
      """
      {"format": "minecarbon/inventory@1", "enterprise": {"name": "月度"},
       "sites": [{"id": "m"}],
       "activities": [
         {"period": "2023-01", "source": "electricity", "quantity": 200, "unit": "MWh", "gridFactor": 0.5},
         {"period": "2024-01", "source": "electricity", "quantity": 100, "unit": "MWh", "gridFactor": 0.5},
         {"period": "2024-03", "source": "electricity", "quantity": 300, "unit": "MWh", "gridFactor": 0.5}
       ]}
      """;

  private static Balance balance() {
    Result<Inventory> inv =
        Documents.readJson(
            new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "m.json");
    return inv.flatMap(i -> new BalanceCalculator(FactorLibrary.builtIn()).calculate(i))
        .orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void monthly_yearWithMonthlyRows_twelvePointsGapsNullAndPreviousYear() {
    Balance b = balance();
    Map<String, Object> m = DashboardData.monthly(b, b.year(2024).orElseThrow(), Column::code);

    List<Map<String, Object>> series = (List<Map<String, Object>>) m.get("series");
    assertThat(series).hasSize(1);
    assertThat(series.getFirst().get("code")).isEqualTo("electricity");
    List<Double> data = (List<Double>) series.getFirst().get("data");
    assertThat(data).hasSize(12);
    assertThat(data.subList(0, 3)).containsExactly(50.0, null, 150.0);
    Map<String, Object> previous = (Map<String, Object>) m.get("previous");
    assertThat(previous.get("year")).isEqualTo(2023);
    assertThat((List<Double>) previous.get("data")).hasSize(12).startsWith(100.0, null);
  }
}
