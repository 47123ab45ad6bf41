package org.minecarbon.report;

import org.minecarbon.core.balance.Balance;

/**
 * A two-site coal mine with monthly mine-gas rows, hand-checked (CN-2015, GWP SAR: ρ_CH4 7.17
 * t/10^4Nm³, ρ_CO2 19.77 t/10^4Nm³, CH4 GWP 21; diesel 43.33 GJ/t × 0.0202 tC/GJ × 0.98 × 44/12):
 *
 * <ul>
 *   <li>北井 (north) 2024-01, two methane rows summed: vent 100 + 5, drain 50, flared 10, utilized 20
 *       → net 125 × 10^4Nm³ × 7.17 = 896.25 t CH4 × 21 = 18,821.25 tCO2e
 *   <li>北井 2024-02: (110 + 40 − 0 − 30) = 120 × 7.17 = 860.4 t CH4 × 21 = 18,068.4 tCO2e
 *   <li>南井 (south) 2024-01: vent 10 → 71.7 t CH4 × 21 = 1,505.7 tCO2e
 *   <li>北井 2024-01 mine CO2: (20 + 5 − 0) × 19.77 = 494.25 t
 *   <li>北井 2024-01 diesel 100 t: 314.512249 t (Samples.SMALL's derivation)
 *   <li>2024 emissions 18,821.25 + 18,068.4 + 1,505.7 + 494.25 + 314.512249 = 39,204.112249; raw
 *       coal 100,000 t → intensity 0.39204112249 tCO2e/t
 *   <li>PDF largest sources 2024: methane 北井 36,889.65 (94.1 %), methane 南井 1,505.70, CO2 北井
 *       494.25, diesel 北井 314.51
 * </ul>
 */
final class CoalSample {
  private CoalSample() {}

  static final String JSON =
      """
      {
        "format": "minecarbon/inventory@1",
        "enterprise": { "name": "示例煤业", "industry": "coal" },
        "settings": { "gwp": "SAR", "factorSet": "CN-2015" },
        "sites": [
          { "id": "north", "name": "北井", "mineType": "underground", "commodity": "coal", "gasGrade": "high" },
          { "id": "south", "name": "南井", "mineType": "underground", "commodity": "coal", "gasGrade": "high" }
        ],
        "activities": [
          { "id": "n-01a", "site": "north", "period": "2024-01", "source": "mine-methane", "ventilation": 100, "drainage": 50, "flared": 10, "utilized": 20, "unit": "10^4Nm3" },
          { "id": "n-01b", "site": "north", "period": "2024-01", "source": "mine-methane", "ventilation": 5, "unit": "10^4Nm3" },
          { "id": "n-02", "site": "north", "period": "2024-02", "source": "mine-methane", "ventilation": 110, "drainage": 40, "flared": 0, "utilized": 30, "unit": "10^4Nm3" },
          { "id": "s-01", "site": "south", "period": "2024-01", "source": "mine-methane", "ventilation": 10, "unit": "10^4Nm3" },
          { "id": "co2-01", "site": "north", "period": "2024-01", "source": "mine-co2", "ventilation": 20, "drainage": 5, "recovered": 0, "unit": "10^4Nm3" },
          { "id": "diesel-01", "site": "north", "period": "2024-01", "source": "fuel", "fuel": "diesel", "quantity": 100, "unit": "t" }
        ],
        "production": [ { "site": "north", "period": "2024", "product": "raw-coal", "quantity": 100000, "unit": "t" } ]
      }
      """;

  static Balance balance() {
    return Samples.balance(JSON);
  }
}
