package org.minecarbon.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;

/** Balances for the report tests: a small hand-checked document and the shipped examples. */
public final class Samples {
  private Samples() {}

  /**
   * Two years, user text that looks like formulas or markup, and one row of each table. Hand
   * figures (CN-2015 fuel table B, diesel NCV 43.33 GJ/t, CC 0.0202 tC/GJ, OF 0.98):
   *
   * <ul>
   *   <li>2023 diesel 100 t: 100 × 43.33 × 0.0202 × 0.98 × 44/12 = 314.512249 t
   *   <li>2024 diesel 200 t: 629.024499 t
   *   <li>2024 power (1000 − 100) MWh × 0.5 = 450 t; heat 500 GJ × 0.11 = 55 t
   *   <li>2024 kiln 1000 t × 0.95 × 0.9 × 0.4397 = 375.9435 t; carbonation 100 × 0.5 × 0.4397 =
   *       21.985 t
   *   <li>2024 emissions 629.024499 + 450 + 55 + 375.9435 = 1509.967999; net 1487.982999
   * </ul>
   */
  public static final String SMALL =
      """
      {
        "format": "minecarbon/inventory@1",
        "enterprise": { "name": "=HYPERLINK(\\"http://x\\",\\"click\\")", "creditCode": "<b>山西</b> & co", "industry": "metal" },
        "settings": { "gwp": "SAR", "factorSet": "CN-2015" },
        "sites": [ { "id": "main", "name": "+cmd|' /C calc'!A0" } ],
        "activities": [
          { "id": "@SUM(1+1)", "period": "2023", "source": "fuel", "fuel": "diesel", "quantity": 100, "unit": "t", "note": "-2+3" },
          { "id": "diesel-2024", "period": "2024", "source": "fuel", "fuel": "diesel", "quantity": 200, "unit": "t" },
          { "id": "power-2024", "period": "2024", "source": "electricity", "quantity": 1000, "unit": "MWh", "exported": 100, "gridFactor": 0.5 },
          { "id": "heat-2024", "period": "2024", "source": "heat", "quantity": 500, "unit": "GJ" },
          { "id": "kiln-2024", "period": "2024", "source": "carbonate", "quantity": 1000, "unit": "t", "carbonates": { "CaCO3": 0.9 }, "decomposition": 0.95 }
        ],
        "sinks": [
          { "id": "carb-2024", "period": "2024", "sink": "carbonation", "quantity": 100, "unit": "t", "carbonates": { "CaCO3": 0.5 } }
        ],
        "production": [ { "period": "2024", "product": "ore", "quantity": 10000, "unit": "t" } ]
      }
      """;

  public static Balance small() {
    return balance(SMALL);
  }

  public static Balance balance(String json) {
    Result<Inventory> inv =
        Documents.readJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "small.json");
    return calculate(inv);
  }

  /** An example of the repository's {@code examples/} folder, loaded and validated by io. */
  public static Balance example(String name) {
    return calculate(Documents.load(root().resolve("examples").resolve(name), library()));
  }

  private static Balance calculate(Result<Inventory> inventory) {
    Result<Balance> b = inventory.flatMap(i -> new BalanceCalculator(library()).calculate(i));
    if (!(b instanceof Result.Ok<Balance> ok)) {
      throw new AssertionError("sample does not calculate: " + b.issues());
    }
    return ok.value();
  }

  private static FactorLibrary library() {
    return FactorLibrary.builtIn();
  }

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
