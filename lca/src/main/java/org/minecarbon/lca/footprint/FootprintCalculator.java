package org.minecarbon.lca.footprint;

import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.internal.Footprints;

/**
 * Computes a mine product's carbon footprint (contract §4) from the balance engine's calculation of
 * the inventory, the purchased materials, and optionally links into a background database.
 *
 * <pre>
 * kgCO2e/t = Σ_rows kg(row) × share(site of row) ÷ tonnes of product
 * share(s) = value(product at s) ÷ Σ value(products at s)   value = t (mass) or t × price (economic)
 * kg(row)  = 1000 × tCO2e of its balance line   (removals negative, allowances never)
 *          + quantity × link amount × background kg CO2e per unit   (upstream of linked inputs)
 * </pre>
 *
 * An invalid request (unknown product, no production in the year, a missing price, a link to an
 * input the inventory lacks, a failing background process) returns every problem and nothing else.
 * The calculation's warnings travel with the footprint.
 */
public final class FootprintCalculator {
  public Result<Footprint> calculate(FootprintRequest request) {
    return Footprints.compute(request);
  }
}
