package org.minecarbon.core.calc;

import java.util.List;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Stage;

/**
 * The traceable result of one inventory row: which balance column it lands in, the gas and its
 * mass, the CO2e, and how it was computed (formula, terms, factors with citations).
 *
 * @param row the input row's common fields (id, JSON Pointer, period, site, stage)
 * @param source source or sink code of the row ({@code fuel}, {@code storage})
 * @param site resolved site id (the only site when the row names none)
 * @param stage resolved stage
 * @param column balance column
 * @param gas gas code the mass is of ({@code CO2}, {@code CH4})
 * @param gasMass tonnes of gas = Σ terms (negative allowed only where the contract allows it)
 * @param gwpIndex index into {@code factors} of the GWP applied, or −1 for CO2 (GWP 1)
 * @param co2e tCO2e = gasMass × GWP
 * @param energyGj fuel energy FC × NCV in GJ (for tce); 0 for other sources
 * @param electricityMwh net purchased electricity in MWh; 0 for other sources
 * @param heatGj net purchased heat in GJ; 0 for other sources
 * @param formula the formula in symbols ("E = FC × NCV × CC × OF × 44/12")
 * @param terms the additive terms whose sum is {@code gasMass}
 * @param factors the factors used, each with provenance
 */
public record CalcLine(
    RowMeta row,
    String source,
    String site,
    Stage stage,
    Column column,
    String gas,
    double gasMass,
    int gwpIndex,
    double co2e,
    double energyGj,
    double electricityMwh,
    double heatGj,
    String formula,
    List<Term> terms,
    List<FactorUse> factors) {
  public CalcLine {
    terms = List.copyOf(terms);
    factors = List.copyOf(factors);
  }

  public int year() {
    return row.period().year();
  }

  /** The GWP value applied (1 for CO2). */
  public double gwp() {
    return gwpIndex < 0 ? 1.0 : factors.get(gwpIndex).factor().value();
  }
}
