package org.minecarbon.lca.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.Inventory;

/**
 * Every flow of many USLCI processes, ours against openLCA 2.4.0's own calculation, to 1e-9
 * relative. The processes are chosen deterministically: every 10th process by @id, plus every
 * process with an amount formula, a negative amount, or a supply loop in its system.
 */
class UslciConformanceTest {
  private static final double REL = 1e-9;
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

  static List<String> chosen() {
    List<String> ids = new ArrayList<>(new TreeSet<>(library.processes().keySet()));
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i += 10) {
      out.add(ids.get(i));
    }
    for (String id : ids) {
      var p = library.processes().get(id);
      boolean formula = p.exchanges().stream().anyMatch(e -> !e.formula().isBlank());
      boolean negative = p.exchanges().stream().anyMatch(e -> e.amount() < 0);
      if (formula || negative) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }

  @Test
  void uslci_manyProcesses_everyFlowEqualsOpenLca() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int flows = 0;
    long olcaNanos = 0;
    for (String id : chosen()) {
      long t0 = System.nanoTime();
      OpenLcaOracle.Oracle expected = oracle.calculate(id, 1.0);
      olcaNanos += System.nanoTime() - t0;
      Result<Inventory> ours =
          engine.inventory(id, 1.0, new LinkOptions(Set.of(), AllocationMethod.NONE));
      assertThat(ours.isOk()).as(id + " " + ours.issues()).isTrue();
      Inventory inv = ours.orElseThrow();
      compared++;
      flows += compare(id, expected, inv, failures);
    }
    long t1 = System.nanoTime();
    for (String id : chosen()) {
      engine.inventory(id, 1.0, new LinkOptions(Set.of(), AllocationMethod.NONE)).orElseThrow();
    }
    long oursNanos = System.nanoTime() - t1;
    System.out.printf(
        "conformance: %d processes, %d flows compared; mean per process: openLCA %.1f ms"
            + " (build + solve, first run), ours %.1f ms (link + build + solve, warm)%n",
        compared, flows, olcaNanos / 1e6 / compared, oursNanos / 1e6 / compared);
    assertThat(compared).isGreaterThanOrEqualTo(50);
    assertThat(failures).isEmpty();
  }

  private static int compare(
      String id, OpenLcaOracle.Oracle expected, Inventory inv, List<String> failures) {
    Map<String, Double> theirs = expected.flows();
    Set<String> seen = new HashSet<>();
    for (FlowResult f : inv.flows()) {
      seen.add(f.id());
      double a = f.signed();
      double b = theirs.getOrDefault(f.id(), 0.0);
      if (Math.abs(a - b) > REL * Math.max(Math.abs(a), Math.abs(b))) {
        failures.add(id + " flow " + f.id() + " (" + f.name() + "): ours " + a + " openLCA " + b);
      }
    }
    for (var e : theirs.entrySet()) {
      if (!seen.contains(e.getKey()) && e.getValue() != 0) {
        failures.add(id + " flow " + e.getKey() + " only in openLCA: " + e.getValue());
      }
    }
    if (expected.processes() != inv.processes()) {
      failures.add(
          id + " system size ours " + inv.processes() + " openLCA " + expected.processes());
    }
    return inv.flows().size();
  }
}
