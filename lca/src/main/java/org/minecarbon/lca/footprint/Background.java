package org.minecarbon.lca.footprint;

import org.minecarbon.core.result.Result;

/**
 * Port to a background life-cycle database: the cradle-to-gate footprint of one unit of a purchased
 * input. The LCA engine implements it on an imported openLCA database and a characterisation method
 * chosen when the adapter is built; tests use hand-set factors.
 */
public interface Background {
  /**
   * The kg CO2e of one {@code unit} of the reference product of process {@code processId}, or the
   * issues why it cannot be computed (unknown process, a unit the process is not measured in).
   */
  Result<UpstreamFactor> perUnit(String processId, String unit);
}
