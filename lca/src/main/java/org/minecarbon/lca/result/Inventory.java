package org.minecarbon.lca.result;

import java.util.List;

/**
 * The LCI result of one process (footprint contract §3): the product system's size, the scaling
 * factor of every provider and the inventory of every elementary and unlinked product flow.
 */
public record Inventory(
    String processId,
    String processName,
    double amount,
    String unit,
    int processes,
    int links,
    List<FlowResult> flows,
    List<ProcessScaling> scaling,
    List<ImpactResult> impacts) {
  public Inventory {
    flows = List.copyOf(flows);
    scaling = List.copyOf(scaling);
    impacts = List.copyOf(impacts);
  }

  public Inventory withImpacts(List<ImpactResult> more) {
    return new Inventory(
        processId, processName, amount, unit, processes, links, flows, scaling, more);
  }

  /** A provider of the system and its scaling factor s. */
  public record ProcessScaling(String processId, String flowId, double factor) {}
}
