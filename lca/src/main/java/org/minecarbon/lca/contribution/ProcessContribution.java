package org.minecarbon.lca.contribution;

/**
 * The direct contribution of one provider (process, product) to a result: its own interventions
 * scaled to the system, c·B[:, j]·s_j.
 *
 * @param share amount ÷ the total result (0 when the total is 0)
 */
public record ProcessContribution(
    String processId, String flowId, String processName, double amount, double share) {}
