package org.minecarbon.lca.contribution;

/**
 * One elementary (or unlinked product) flow's part of a result: c_i·g_i.
 *
 * @param share amount ÷ the total result (0 when the total is 0)
 */
public record FlowContribution(
    String flowId, String name, String category, double amount, double share) {}
