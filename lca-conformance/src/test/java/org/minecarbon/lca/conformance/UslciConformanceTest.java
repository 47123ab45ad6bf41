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
import org.minecarbon.lca.link.ProviderTies;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.Inventory;

/**
 * Every flow of every USLCI process, ours against openLCA 2.4.0's own calculation, to 1e-9
 * relative. Provider ties are broken by openLCA's rule ({@link ProviderTies.OpenLca}: the last
 * provider in openLCA's tech index wins, the index root first; the index order itself is read from
 * the oracle's database, see {@link OpenLcaOracle#providerOrder}), so processes whose systems
 * involve a provider choice are compared too; the count of those is printed. The set must contain
 * negative amounts, formulas and supply loops (checked).
 */
class UslciConformanceTest {
  private static final double REL = 1e-9;

  /**
   * Systems where openLCA's own result, even restricted to the supply chain, is round-off-dominated
   * (session 6, docs/footprint.md §7): openLCA differs from ours by 1e-9 … 3.3e-5 relative (bounded
   * at 1e-3) on a few flows of ill-conditioned loops (steel, coal and electricity chains), while
   * ours equals the exact solution of the same A and B (iterative refinement with exact residuals,
   * {@link ExactSolution}) to 1e-9 — checked every run for each listed process — and openLCA's own
   * figures for these flows move between its runs. Listed, not hidden.
   */
  private static final Set<String> OPENLCA_ROUND_OFF =
      Set.of(
          "08e766d4-ec5f-3426-a0d4-9533e55f9081",
          "106bcee8-0d5f-30c6-ac98-fa6dab41d4d1",
          "277ef057-4ad9-3780-a1c0-6d78321131f6",
          "2a658145-f087-4bbb-a8b2-2db697036e48",
          "2fdc10ce-f75d-30d0-b1e7-672af0eb98fe",
          "396f5200-0194-30c3-8b5f-96a33bde9c6c",
          "3b1cd62b-7788-3096-8b6e-9cb6cdc359f2",
          "4b4bf45b-2bfd-3e0f-bdde-bae1bd5d7c41",
          "4b4db9ff-6ce1-4b10-9353-baae83afbee1",
          "4e01da4a-71e5-3d9d-93c3-0f0a230f2735",
          "57686507-ed6b-3e06-906e-c28a7c6fb8bc",
          "6693689e-5b52-3a89-8d2b-370235bafbed",
          "6c4d5a29-ca50-31da-b3b2-657b9dad861c",
          "712daa0c-47f2-3b13-bdc5-d03effde7589",
          "80fa4691-56d0-3019-a021-30c3b187e63e",
          "81ba51cf-3b37-4848-93c4-e479dd692492",
          "89268f85-c58a-3224-8a61-28e8848a2797",
          "8e291d54-28c6-4f4c-9ab8-ad510ec4431e",
          "93d8ea2e-7a50-4fb3-a3b5-cf489aa1937d",
          "a555a537-a0f1-3e54-9008-1d56c5e342a6",
          "ad753af6-8f5f-39a4-bad0-0d6a53304263",
          "b5e2775b-9779-3a61-ab7b-a44bbc5e0f4e",
          "ba9dcf1f-321b-3b4c-a1a9-b2c59dc00366",
          "ca1d1dfa-fd3c-35f1-bea7-a037251deb04",
          "cbc64321-512c-4b49-9d28-ed656d6aa8e6",
          "cced9535-72f6-3b3a-b3c0-ce21b98eea2b",
          "cdc143eb-fff8-3618-85cd-bce83d96390f",
          "d6a0e192-366a-4f04-bd8a-e504c97fc991",
          "ddb25171-80c6-3e14-879b-4371febbc0ad",
          "ddf82e82-36e7-3c34-b6b6-6b96fd592a82",
          "e9c2710d-9752-324a-bb0b-52b683e295b5",
          "eef00fd7-dbc0-3f3e-b012-56731b6b2e91",
          "ef39cdc1-cf56-45ba-ba5d-5db23349ddea",
          "f337d438-49db-3078-b1dd-3e6e7ca1e9b5",
          "f3b8fc97-f519-3da0-80de-72a7d5551fda");

  private static OpenLcaOracle oracle;
  private static Library library;
  private static LcaEngine engine;

  private static List<String> importOrder;

  @BeforeAll
  static void load() throws Exception {
    oracle = OpenLcaOracle.load(Uslci.zip().toFile());
    library = JsonLdReader.read(Uslci.zip()).orElseThrow();
    engine = LcaEngine.of(library).orElseThrow();
    importOrder = oracle.providerOrder();
  }

  /**
   * openLCA's tie rule as the oracle applies it: its single whole-database result has the first
   * process it calculated (the first by @id) at the head of its index, for every process.
   */
  private static LinkOptions openLcaTies() {
    return new LinkOptions(
        Set.of(), AllocationMethod.NONE, new ProviderTies.OpenLca(importOrder, chosen().get(0)));
  }

  @AfterAll
  static void close() throws Exception {
    oracle.close();
  }

  /** The flows that several USLCI processes provide (14: electricity mixes, refinery products). */
  static Set<String> ambiguousFlows() {
    var index = new org.minecarbon.lca.link.ProviderIndex(library);
    Set<String> flows = new HashSet<>();
    for (String flow : library.flows().keySet()) {
      if (index.candidates(flow).size() > 1) {
        flows.add(flow);
      }
    }
    return flows;
  }

  /** Every USLCI process, in @id order. */
  static List<String> chosen() {
    return List.copyOf(new TreeSet<>(library.processes().keySet()));
  }

  @Test
  void uslci_everyProcess_everyFlowEqualsOpenLcaSupplyChainTo1e9() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int flows = 0;
    long olcaNanos = 0;
    boolean loops = false;
    boolean negatives = false;
    boolean formulas = false;
    LinkOptions ties = openLcaTies();
    Set<String> ambiguous = ambiguousFlows();
    int withTies = 0;
    int rawDiffers = 0;
    List<String> roundOff = new ArrayList<>();
    double maxListed = 0;
    double maxRawDiff = 0;
    for (String id : chosen()) {
      long t0 = System.nanoTime();
      OpenLcaOracle.Oracle expected = oracle.calculate(id);
      olcaNanos += System.nanoTime() - t0;
      Result<Inventory> ours = engine.inventory(id, 1.0, ties);
      assertThat(ours.isOk()).as(id + " " + ours.issues()).isTrue();
      Inventory inv = ours.orElseThrow();
      if (inv.scaling().stream().anyMatch(x -> ambiguous.contains(x.flowId()))) {
        withTies++;
      }
      compared++;
      if (expected.supplyChain() != inv.scaling().size()) {
        failures.add(
            id
                + " system size ours "
                + inv.scaling().size()
                + " openLCA "
                + expected.supplyChain());
      }
      List<String> sink = OPENLCA_ROUND_OFF.contains(id) ? roundOff : failures;
      int before = sink.size();
      flows += compare(id, expected.flows(), inv, sink);
      if (sink.size() > before) {
        System.out.printf("conformance DIFFERS %s: %s%n", id, sink.get(before));
        maxListed = Math.max(maxListed, maxRelDiff(expected.flows(), inv));
      }
      if (OPENLCA_ROUND_OFF.contains(id)) {
        int b = failures.size();
        checkExact(id, inv, failures);
        failures
            .subList(b, failures.size())
            .forEach(x -> System.out.println("conformance EXACT " + x));
      }
      double raw = maxRelDiff(expected.raw(), inv);
      rawDiffers += raw > REL ? 1 : 0;
      maxRawDiff = Math.max(maxRawDiff, raw);
      loops |= hasLoop(inv);
      formulas |=
          library.processes().get(id).exchanges().stream().anyMatch(e -> !e.formula().isBlank());
      negatives |=
          inv.scaling().stream().anyMatch(x -> x.factor() < 0)
              || library.processes().get(id).exchanges().stream().anyMatch(e -> e.amount() < 0);
    }
    long t1 = System.nanoTime();
    for (String id : chosen()) {
      engine.inventory(id, 1.0, ties).orElseThrow();
    }
    long oursNanos = System.nanoTime() - t1;
    System.out.printf(
        "conformance: %d processes (%d with a provider choice), %d flows compared, %d differ"
            + " beyond 1e-9; mean per process: openLCA %.1f ms (one factorisation of the whole"
            + " database, then one solve per process), ours %.1f ms (link + build + solve, warm)%n",
        compared,
        withTies,
        flows,
        failures.size(),
        olcaNanos / 1e6 / compared,
        oursNanos / 1e6 / compared);
    System.out.printf(
        "conformance: against openLCA's raw whole-database totals (round-off on unreached"
            + " providers included) %d processes differ beyond 1e-9, largest %.2e%n",
        rawDiffers, maxRawDiff);
    System.out.printf(
        "conformance: %d listed round-off-dominated systems, %d flows beyond 1e-9 there, largest"
            + " %.2e; every listed system equals the exact solution to 1e-9%n",
        OPENLCA_ROUND_OFF.size(), roundOff.size(), maxListed);
    assertThat(maxListed).as("listed systems: openLCA's round-off").isLessThan(1e-3);
    assertThat(compared).isEqualTo(library.processes().size());
    assertThat(formulas).as("some process has formulas").isTrue();
    assertThat(loops).as("some system has a supply loop").isTrue();
    assertThat(negatives).as("some process has negative amounts").isTrue();
    assertThat(withTies).as("systems with a provider choice are compared").isGreaterThan(600);
    assertThat(failures).isEmpty();
  }

  /**
   * The linked systems exchange by exchange: every column of our A and B (every provider of every
   * USLCI process's system) equals openLCA's column for the same provider — same provider per
   * input, same amounts after formulas and unit conversion — to 1e-15 relative.
   */
  @Test
  void uslci_everySystem_matricesEqualOpenLcaColumnByColumn() {
    oracle.calculate(chosen().get(0));
    var r = oracle.whole();
    Map<String, Integer> olcaIndex = new java.util.HashMap<>();
    r.techIndex().each((i, tf) -> olcaIndex.put(OpenLcaOracle.key(tf), i));
    Map<Integer, String> enviFlow = new java.util.HashMap<>();
    r.enviIndex().each((i, f) -> enviFlow.put(i, f.flow().refId));
    Set<String> done = new HashSet<>();
    List<String> failures = new ArrayList<>();
    for (String id : chosen()) {
      var m = engine.matrices(id, 1, openLcaTies()).orElseThrow();
      var providers = m.system().providers();
      for (int j = 0; j < providers.size(); j++) {
        String key = providers.get(j).processId() + " " + providers.get(j).flowId();
        if (!done.add(key)) {
          continue;
        }
        Integer k = olcaIndex.get(key);
        if (k == null) {
          failures.add("not a provider in openLCA: " + key);
          continue;
        }
        Map<String, Double> oursA = new java.util.HashMap<>();
        m.techMatrix()
            .forEachInColumn(
                j,
                (row, v) ->
                    oursA.merge(
                        providers.get(row).processId() + " " + providers.get(row).flowId(),
                        v,
                        Double::sum));
        Map<String, Double> theirsA = new java.util.HashMap<>();
        double[] colA = r.provider().techColumnOf(k);
        for (int i = 0; i < colA.length; i++) {
          if (colA[i] != 0) {
            theirsA.put(OpenLcaOracle.key(r.techIndex().at(i)), colA[i]);
          }
        }
        Map<String, Double> oursB = new java.util.HashMap<>();
        m.enviMatrix()
            .forEachInColumn(j, (row, v) -> oursB.merge(m.flowIds().get(row), v, Double::sum));
        Map<String, Double> theirsB = new java.util.HashMap<>();
        double[] colB = r.provider().unscaledFlowsOf(k);
        for (int i = 0; i < colB.length; i++) {
          if (colB[i] != 0) {
            theirsB.merge(enviFlow.get(i), colB[i], Double::sum);
          }
        }
        sameColumn("A " + key, oursA, theirsA, failures);
        sameColumn("B " + key, oursB, theirsB, failures);
      }
    }
    System.out.printf(
        "conformance: %d provider columns of A and B compared with openLCA's%n", done.size());
    assertThat(done.size()).isGreaterThan(800);
    assertThat(failures).isEmpty();
  }

  /** Our inventory of {@code id} against the exact solution of the same matrices. */
  private static void checkExact(String id, Inventory inv, List<String> failures) {
    var m = engine.matrices(id, 1, openLcaTies()).orElseThrow();
    double[] g = ExactSolution.flows(m);
    Map<String, Double> exact = new java.util.HashMap<>();
    for (int i = 0; i < g.length; i++) {
      exact.put(m.flowIds().get(i), g[i]);
    }
    compare(id + " (exact)", exact, inv, failures);
  }

  private static void sameColumn(
      String what, Map<String, Double> ours, Map<String, Double> theirs, List<String> failures) {
    Set<String> rows = new TreeSet<>(ours.keySet());
    rows.addAll(theirs.keySet());
    for (String row : rows) {
      double a = ours.getOrDefault(row, 0.0);
      double b = theirs.getOrDefault(row, 0.0);
      if (Math.abs(a - b) > 1e-15 * Math.max(Math.abs(a), Math.abs(b))) {
        failures.add(what + " row " + row + ": ours " + a + " openLCA " + b);
      }
    }
  }

  /**
   * Benchmark (a) of issue 14, side by side on the same processes and JVM: openLCA's full direct
   * calculation of a process against ours (link + build + factorise + solve + B s), both warm (one
   * untimed round first), every 40th USLCI process by @id, median of 3 rounds each.
   */
  @Test
  void uslci_fullInventoryWarm_oursAndOpenLcaSideBySide() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < chosen().size(); i += 100) {
      ids.add(chosen().get(i));
    }
    LinkOptions ties = openLcaTies();
    double[][] times = new double[2][ids.size()];
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < ids.size(); k++) {
        long olca = oracle.timeDirect(ids.get(k));
        long t0 = System.nanoTime();
        engine.inventory(ids.get(k), 1.0, ties).orElseThrow();
        long ours = System.nanoTime() - t0;
        if (round > 0) {
          times[0][k] += olca / 2e6;
          times[1][k] += ours / 2e6;
        }
      }
    }
    double olcaMean = java.util.Arrays.stream(times[0]).average().orElseThrow();
    double oursMean = java.util.Arrays.stream(times[1]).average().orElseThrow();
    double oursMax = java.util.Arrays.stream(times[1]).max().orElseThrow();
    System.out.printf(
        "bench USLCI full inventory warm, %d processes, mean of 2 rounds: openLCA 2.4.0 %.1f ms,"
            + " ours %.2f ms (max %.2f ms), ratio %.1fx%n",
        ids.size(), olcaMean, oursMean, oursMax, olcaMean / oursMean);
    assertThat(oursMax).as("issue 14: any process ≤ 50 ms warm").isLessThan(50);
  }

  /** Largest relative difference over flows above 1e-6 of the process's largest flow. */
  private static double maxRelDiff(Map<String, Double> expected, Inventory inv) {
    double scale = inv.flows().stream().mapToDouble(f -> Math.abs(f.amount())).max().orElse(0);
    double max = 0;
    for (FlowResult f : inv.flows()) {
      double a = f.signed();
      double b = expected.getOrDefault(f.id(), 0.0);
      double m = Math.max(Math.abs(a), Math.abs(b));
      if (m > 1e-6 * scale) {
        max = Math.max(max, Math.abs(a - b) / m);
      }
    }
    return max;
  }

  /** A supply loop: a cycle in the graph provider column → the provider rows it consumes. */
  private static boolean hasLoop(Inventory inv) {
    var a = engine.matrices(inv.processId(), 1, openLcaTies()).orElseThrow().techMatrix();
    int[] state = new int[a.cols()]; // 0 new, 1 on the current path, 2 done
    for (int j = 0; j < a.cols(); j++) {
      if (state[j] == 0 && cycleFrom(a, j, state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cycleFrom(org.minecarbon.lca.matrix.CscMatrix a, int j, int[] state) {
    state[j] = 1;
    boolean[] found = {false};
    List<Integer> next = new ArrayList<>();
    a.forEachInColumn(
        j,
        (row, v) -> {
          if (row != j && v != 0) {
            next.add(row);
          }
        });
    for (int row : next) {
      if (state[row] == 1 || (state[row] == 0 && cycleFrom(a, row, state))) {
        found[0] = true;
        break;
      }
    }
    state[j] = 2;
    return found[0];
  }

  /**
   * Every flow of ours against openLCA's to 1e-9 relative plus an absolute floor of 1e-12 × the
   * process's largest flow (flows ~1e-8 below the largest carry ~1e-16 absolute noise from
   * cancellation in either engine); a flow only openLCA reports must be below the floor.
   */
  private static int compare(
      String id, Map<String, Double> theirs, Inventory inv, List<String> failures) {
    Set<String> seen = new HashSet<>();
    double scale = inv.flows().stream().mapToDouble(f -> Math.abs(f.amount())).max().orElse(0);
    double floor = 1e-12 * scale;
    for (FlowResult f : inv.flows()) {
      seen.add(f.id());
      double a = f.signed();
      double b = theirs.getOrDefault(f.id(), 0.0);
      if (Math.abs(a - b) > REL * Math.max(Math.abs(a), Math.abs(b)) + floor) {
        failures.add(id + " flow " + f.id() + " (" + f.name() + "): ours " + a + " openLCA " + b);
      }
    }
    for (var e : theirs.entrySet()) {
      if (!seen.contains(e.getKey()) && Math.abs(e.getValue()) > floor) {
        failures.add(id + " flow " + e.getKey() + " only in openLCA: " + e.getValue());
      }
    }
    return inv.flows().size();
  }
}
