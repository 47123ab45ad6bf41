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
    @Nullable Uncertainty uncertainty) {
  public Exchange {
    Require.notBlank(flowId, "exchange flow @id");
    Require.that(Double.isFinite(amount), "exchange amount must be finite");
  }

  public Optional<Uncertainty> distribution() {
    return Optional.ofNullable(uncertainty);
  }
}
