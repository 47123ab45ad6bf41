package org.minecarbon.lca.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.link.ProviderIndex;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.Inventory;

/**
 * Contributions and the upstream tree against openLCA 2.4.0's own ({@code getDirectFlowOf}, {@code
 * UpstreamTree}) on USLCI processes with supply loops and no provider choice, for the process's
 * largest output flow: the total, every provider's direct contribution, and the tree two levels
 * deep (result, direct, required amount of every node), to 1e-9 relative plus a floor of 1e-12 of
 * the largest value (the same tolerance as {@link UslciConformanceTest}).
 */
class UslciContributionTest {
  private static final double REL = 1e-9;
  private static final int PROCESSES = 8;

  private static OpenLcaOracle oracle;
  private static Library library;
  private static LcaEngine engine;

  @BeforeAll
  static void load() throws Exception {
    oracle = OpenLcaOracle.load(Uslci.zip().toFile());
    library = JsonLdReader.read(Uslci.zip()).orElseThrow();
    engine = LcaEngine.of(library).orElseThrow();
  }

  @AfterAll
  static void close() throws Exception {
    oracle.close();
  }

  private static final LinkOptions NONE = new LinkOptions(Set.of(), AllocationMethod.NONE);

  /**
   * Processes (by @id) whose system has no provider choice and more than one provider: those with a
   * supply loop first (every one), then every k-th of the others, {@link #PROCESSES} in all.
   */
  private static List<String> chosen() {
    ProviderIndex index = new ProviderIndex(library);
    List<String> loops = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String id : new TreeSet<>(library.processes().keySet())) {
      Inventory inv = engine.inventory(id, 1, NONE).orElseThrow();
      boolean tie = inv.scaling().stream().anyMatch(x -> index.candidates(x.flowId()).size() > 1);
      if (!tie && inv.processes() > 1) {
        (hasLoop(inv) ? loops : others).add(id);
      }
    }
    System.out.printf(
        "contribution conformance: %d eligible with loops, %d without%n",
        loops.size(), others.size());
    List<String> out = new ArrayList<>(loops.subList(0, Math.min(loops.size(), PROCESSES)));
    int step = Math.max(1, others.size() / PROCESSES);
    for (int i = 0; i < others.size() && out.size() < PROCESSES; i += step) {
      out.add(others.get(i));
    }
    return out;
  }

  /** A cycle in the graph provider column → the provider rows it consumes. */
  private static boolean hasLoop(Inventory inv) {
    return loopIn(engine.matrices(inv.processId(), 1, NONE).orElseThrow().techMatrix());
  }

  private static boolean loopIn(org.minecarbon.lca.matrix.CscMatrix a) {
    int[] state = new int[a.cols()];
    for (int j = 0; j < a.cols(); j++) {
      if (state[j] == 0 && cycle(a, j, state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cycle(org.minecarbon.lca.matrix.CscMatrix a, int j, int[] state) {
    state[j] = 1;
    List<Integer> next = new ArrayList<>();
    a.forEachInColumn(
        j,
        (row, v) -> {
          if (row != j && v != 0) {
            next.add(row);
          }
        });
    for (int row : next) {
      if (state[row] == 1 || (state[row] == 0 && cycle(a, row, state))) {
        return true;
      }
    }
    state[j] = 2;
    return false;
  }

  @Test
  void uslci_loops_contributionsAndTreeEqualOpenLca() {
    List<String> failures = new ArrayList<>();
    List<String> processes = chosen();
    int nodes = 0;
    for (String id : processes) {
      Inventory inv = engine.inventory(id, 1, NONE).orElseThrow();
      FlowResult flow =
          inv.flows().stream()
              .filter(f -> f.direction().equals("output"))
              .max((x, y) -> Double.compare(Math.abs(x.amount()), Math.abs(y.amount())))
              .orElseThrow();
      Contributions ours = engine.contributions(id, 1, NONE, flow.id()).orElseThrow();
      OpenLcaOracle.Contributions theirs = oracle.contributions(id, flow.id(), 2);
      double floor = 1e-12 * Math.abs(theirs.total());
      check(failures, id + " total", ours.total(), theirs.total(), floor);
      for (ProcessContribution p : ours.byProcess()) {
        String key = p.processId() + " " + p.flowId();
        check(failures, id + " direct " + key, p.amount(), theirs.direct().get(key), floor);
      }
      nodes += compareTree(failures, id, ours.tree(0, 2, 100_000), theirs.tree(), floor);
    }
    System.out.printf(
        "contribution conformance: %d processes, %d tree nodes compared%n",
        processes.size(), nodes);
    assertThat(processes).hasSize(PROCESSES);
    assertThat(failures).isEmpty();
  }

  private static int compareTree(
      List<String> failures,
      String id,
      UpstreamNode ours,
      OpenLcaOracle.Node theirs,
      double floor) {
    String at = id + " tree " + theirs.key();
    check(failures, at + " result", ours.total(), theirs.result(), floor);
    check(failures, at + " direct", ours.direct(), theirs.direct(), floor);
    check(failures, at + " required", ours.requiredAmount(), theirs.required(), 1e-15);
    Map<String, UpstreamNode> byKey = new HashMap<>();
    for (UpstreamNode c : ours.children()) {
      byKey.put(c.processId() + " " + c.flowId(), c);
    }
    int n = 1;
    for (OpenLcaOracle.Node c : theirs.children()) {
      UpstreamNode mine = byKey.get(c.key());
      if (mine == null) {
        if (Math.abs(c.result()) > floor) {
          failures.add(at + " child " + c.key() + " missing, openLCA " + c.result());
        }
        continue;
      }
      n += compareTree(failures, id, mine, c, floor);
    }
    return n;
  }

  private static void check(
      List<String> failures, String what, double ours, Double theirs, double floor) {
    double b = theirs == null ? 0 : theirs;
    if (Math.abs(ours - b) > REL * Math.max(Math.abs(ours), Math.abs(b)) + floor) {
      failures.add(what + ": ours " + ours + " openLCA " + b);
    }
  }
}
