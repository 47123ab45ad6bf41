package org.minecarbon.lca.contribution;

import java.util.List;

/**
 * A node of the upstream tree, as openLCA's {@code UpstreamNode}: a provider reached through a path
 * of links, with the amount of its product that path requires.
 *
 * @param requiredAmount product amount the parent requires (reference units; positive)
 * @param scaling the provider's scaling factor on this path (requiredAmount ÷ A[j, j])
 * @param total the result of producing {@code requiredAmount}: intensity_j × requiredAmount
 * @param direct the provider's own interventions on this path: c·B[:, j]·scaling
 * @param share total ÷ the root's total (0 when the root's total is 0)
 * @param children expanded providers (largest total first); empty below the cut-off
 * @param truncated whether children exist that the cut-off or depth limit hid
 */
public record UpstreamNode(
    String processId,
    String flowId,
    String processName,
    double requiredAmount,
    double scaling,
    double total,
    double direct,
    double share,
    List<UpstreamNode> children,
    boolean truncated) {
  public UpstreamNode {
    children = List.copyOf(children);
  }

  /** total − direct: what the providers upstream of this node add. */
  public double upstream() {
    return total - direct;
  }
}
