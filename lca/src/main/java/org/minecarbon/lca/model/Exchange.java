package org.minecarbon.lca.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;

/**
 * One input or output of a process, in the exchange's own unit and flow property.
 *
 * @param internalId the exchange id within its process (v2 {@code internalId}; v1 exchange @id)
 * @param formula the amount formula, empty when the stored amount is used
 * @param defaultProviderId the process the exchange prefers as provider, empty when none
 * @param pedigree the data-quality pedigree, null when none
 */
public record Exchange(
    String internalId,
    String flowId,
    String unitId,
    String propertyId,
    double amount,
    String formula,
    boolean input,
    boolean avoided,
    boolean quantitativeReference,
    String defaultProviderId,
    @Nullable Uncertainty uncertainty,
    @Nullable Pedigree pedigree) {
  public Exchange {
    Require.notBlank(flowId, "exchange flow @id");
    Require.that(Double.isFinite(amount), "exchange amount must be finite");
  }

  /** An exchange without a pedigree (the form before pedigrees were read). */
  public Exchange(
      String internalId,
      String flowId,
      String unitId,
      String propertyId,
      double amount,
      String formula,
      boolean input,
      boolean avoided,
      boolean quantitativeReference,
      String defaultProviderId,
      @Nullable Uncertainty uncertainty) {
    this(
        internalId,
        flowId,
        unitId,
        propertyId,
        amount,
        formula,
        input,
        avoided,
        quantitativeReference,
        defaultProviderId,
        uncertainty,
        null);
  }

  /** The same exchange with another amount (formula results, Monte Carlo draws). */
  public Exchange withAmount(double newAmount) {
    return new Exchange(
        internalId,
        flowId,
        unitId,
        propertyId,
        newAmount,
        formula,
        input,
        avoided,
        quantitativeReference,
        defaultProviderId,
        uncertainty,
        pedigree);
  }

  public Optional<Pedigree> dataQuality() {
    return Optional.ofNullable(pedigree);
  }

  public Optional<Uncertainty> distribution() {
    return Optional.ofNullable(uncertainty);
  }
}
