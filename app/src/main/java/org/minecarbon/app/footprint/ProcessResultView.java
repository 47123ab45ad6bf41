package org.minecarbon.app.footprint;

import java.time.LocalDateTime;
import java.util.List;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.result.FlowResult;

/**
 * The footprint of an amount of a background process's reference flow under one method.
 *
 * @param amount reference units computed
 * @param unit the reference flow's unit
 * @param total the indicator's result c·B·s (in {@code method.unit()})
 * @param byProcess the top direct contributions by process; {@code processRest} sums the others
 * @param byFlow the top contributions by elementary flow; {@code flowRest} sums the others
 * @param tree the upstream tree (depth-limited, cut-off applied)
 * @param inventory one page of the inventory (every elementary and unlinked flow, as stored order)
 */
public record ProcessResultView(
    LcaProcessView process,
    double amount,
    String unit,
    LcaMethodView method,
    double total,
    List<ProcessContribution> byProcess,
    Rest processRest,
    List<FlowContribution> byFlow,
    Rest flowRest,
    UpstreamNode tree,
    InventoryPage inventory,
    Trace trace) {
  public ProcessResultView {
    byProcess = List.copyOf(byProcess);
    byFlow = List.copyOf(byFlow);
  }

  /** What the rows beyond the top ones add up to. */
  public record Rest(int count, double amount, double share) {}

  /** One page of the inventory's flows. */
  public record InventoryPage(List<FlowResult> flows, int page, int size, int total) {
    public InventoryPage {
      flows = List.copyOf(flows);
    }

    public int pages() {
      return Math.max(1, (total + size - 1) / size);
    }
  }

  /**
   * Where the result comes from.
   *
   * @param sha256 of the uploaded zip (which version of the database)
   * @param mapping how elementary flows meet the method's factors
   * @param systemProcesses providers in the linked product system
   * @param systemLinks links of that system
   */
  public record Trace(
      long databaseId,
      String databaseName,
      String schemaVersion,
      String sha256,
      LocalDateTime uploadedAt,
      String processId,
      String methodId,
      String mapping,
      int systemProcesses,
      int systemLinks) {}
}
