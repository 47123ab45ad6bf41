package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/**
 * The share of a process's burden given to one of its products.
 *
 * @param productFlowId the product (or waste) flow the share goes to
 * @param exchangeId the exchange's internal id for a causal factor that applies to one exchange, or
 *     its flow @id when the exchange has no internal id; empty for physical and economic
 * @param formula openLCA formula overriding {@code value}, empty when none
 */
public record AllocationFactor(
    AllocationMethod method,
    String productFlowId,
    String exchangeId,
    double value,
    String formula) {
  public AllocationFactor {
    Require.that(
        method == AllocationMethod.PHYSICAL
            || method == AllocationMethod.ECONOMIC
            || method == AllocationMethod.CAUSAL,
        "allocation factor method must be physical, economic or causal");
  }
}
