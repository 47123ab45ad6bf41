package org.minecarbon.lca.result;

import java.util.List;
import org.minecarbon.lca.link.TechSystem;
import org.minecarbon.lca.matrix.CscMatrix;

/**
 * The matrices of a linked system: A (providers × providers), B (flows × providers) and the final
 * demand f; {@code flowIds} are the rows of B (elementary and unlinked product/waste flows), {@code
 * inputOnly[i]} whether flow i occurs only as an input.
 */
public record Matrices(
    TechSystem system,
    CscMatrix techMatrix,
    CscMatrix enviMatrix,
    double[] demand,
    List<String> flowIds,
    boolean[] inputOnly) {
  public Matrices {
    flowIds = List.copyOf(flowIds);
  }
}
