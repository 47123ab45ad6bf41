package org.minecarbon.lca.conformance;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openlca.core.database.Derby;
import org.openlca.core.database.IDatabase;
import org.openlca.core.database.ProcessDao;
import org.openlca.core.math.SystemCalculator;
import org.openlca.core.matrix.index.EnviFlow;
import org.openlca.core.matrix.index.TechFlow;
import org.openlca.core.model.AllocationMethod;
import org.openlca.core.model.CalculationSetup;
import org.openlca.core.model.Process;
import org.openlca.core.results.LcaResult;
import org.openlca.core.results.UpstreamNode;
import org.openlca.core.results.UpstreamTree;
import org.openlca.jsonld.ZipStore;
import org.openlca.jsonld.input.JsonImport;

/**
 * openLCA 2.4.0 itself: imports the JSON-LD package into an in-memory Derby database and calculates
 * a process directly (openLCA builds its product system with its own linking).
 */
final class OpenLcaOracle implements AutoCloseable {
  private final IDatabase db;

  private OpenLcaOracle(IDatabase db) {
    this.db = db;
  }

  static OpenLcaOracle load(File zip) throws IOException {
    IDatabase db = Derby.createInMemory();
    try (ZipStore store = ZipStore.open(zip)) {
      new JsonImport(store, db).run();
    }
    return new OpenLcaOracle(db);
  }

  /**
   * The result openLCA computes for one process, signed flow totals (outputs +) by flow @id: {@code
   * flows} from openLCA's own scaling vector restricted to the process's supply chain (the
   * providers its column reaches in openLCA's own A), {@code raw} as openLCA reports it ({@code
   * getTotalFlowOfOne}, the whole database's solution including its round-off on providers the
   * process never reaches).
   */
  record Oracle(Map<String, Double> flows, Map<String, Double> raw, int supplyChain) {}

  /**
   * openLCA's direct calculation of a process indexes every process of the database (its tech index
   * is the whole database, linked once by openLCA's rules), so one factorisation serves every
   * process: the scaling vector of one reference unit of process j is A⁻¹e_j ({@code
   * solutionOfOne}). The first call runs the full calculation.
   *
   * <p>In exact arithmetic A⁻¹e_j is zero on every provider that j's column does not reach through
   * A; openLCA's dense LU of the whole 1,022-column database returns round-off there (up to ~1e-8
   * of the largest scaling factor, varying between runs), and because those processes emit flows
   * that are tiny in j's own system, its reported totals of such flows are off by up to 1e-2
   * relative (docs/footprint.md §7). {@code flows} therefore sets the unreachable entries of
   * openLCA's own solution to zero — reachability is read from openLCA's A, not from ours — and
   * multiplies by openLCA's own B.
   */
  Oracle calculate(String processId) {
    Process p = new ProcessDao(db).getForRefId(processId);
    LcaResult r = whole(p);
    TechFlow tf = r.techIndex().getProvider(p.id, p.quantitativeReference.flow.id);
    int root = r.techIndex().of(tf);
    boolean[] reach = reachable(r, root);
    double[] s = r.provider().solutionOfOne(root);
    Map<String, Double> flows = new HashMap<>();
    Map<String, Double> raw = new HashMap<>();
    int chain = 0;
    for (boolean b : reach) {
      chain += b ? 1 : 0;
    }
    if (r.enviIndex() != null) {
      double[] g = new double[r.enviIndex().size()];
      for (int k = 0; k < s.length; k++) {
        if (reach[k] && s[k] != 0) {
          double[] col = r.provider().unscaledFlowsOf(k);
          for (int i = 0; i < g.length; i++) {
            g[i] += col[i] * s[k];
          }
        }
      }
      r.enviIndex()
          .each(
              (i, f) -> {
                flows.merge(f.flow().refId, g[i], Double::sum);
                double v = r.getTotalFlowOfOne(f, tf);
                raw.merge(f.flow().refId, f.isInput() ? -v : v, Double::sum);
              });
    }
    return new Oracle(flows, raw, chain);
  }

  private LcaResult whole(Process p) {
    if (whole == null) {
      CalculationSetup setup =
          CalculationSetup.of(p)
              .withUnit(p.quantitativeReference.flow.getReferenceUnit())
              .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
              .withAmount(1.0)
              .withAllocation(AllocationMethod.NONE);
      whole = new SystemCalculator(db).calculate(setup);
      int n = whole.techIndex().size();
      upstream = new int[n][];
      for (int k = 0; k < n; k++) {
        double[] col = whole.provider().techColumnOf(k);
        upstream[k] = java.util.stream.IntStream.range(0, n).filter(i -> col[i] != 0).toArray();
      }
    }
    return whole;
  }

  /** The providers column {@code root} reaches through openLCA's own A (its supply chain). */
  private boolean[] reachable(LcaResult r, int root) {
    boolean[] seen = new boolean[r.techIndex().size()];
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    seen[root] = true;
    queue.add(root);
    while (!queue.isEmpty()) {
      for (int i : upstream[queue.poll()]) {
        if (!seen[i]) {
          seen[i] = true;
          queue.add(i);
        }
      }
    }
    return seen;
  }

  private int[][] upstream = new int[0][];

  /**
   * openLCA's full direct calculation of one process (index, matrices, factorisation, solve), as
   * its UI runs it; returns the wall time in nanoseconds.
   */
  long timeDirect(String processId) {
    Process p = new ProcessDao(db).getForRefId(processId);
    CalculationSetup setup =
        CalculationSetup.of(p)
            .withUnit(p.quantitativeReference.flow.getReferenceUnit())
            .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
            .withAmount(1.0)
            .withAllocation(AllocationMethod.NONE);
    long t0 = System.nanoTime();
    LcaResult r = new SystemCalculator(db).calculate(setup);
    long t = System.nanoTime() - t0;
    if (r.getTotalFlows().isEmpty() && r.techIndex().size() == 0) {
      throw new IllegalStateException("empty openLCA result for " + processId);
    }
    return t;
  }

  /** A node of openLCA's upstream tree: provider key "process@id flow@id", result, direct. */
  record Node(String key, double result, double direct, double required, List<Node> children) {}

  /** openLCA's contributions to one flow of one process (its own calculation of that process). */
  record Contributions(double total, Map<String, Double> direct, Node tree) {}

  /**
   * Calculates {@code processId} on its own (1 reference unit, no allocation) and returns, for the
   * output flow {@code flowRefId}: the total, every provider's direct contribution and the upstream
   * tree expanded {@code depth} levels below the root.
   */
  Contributions contributions(String processId, String flowRefId, int depth) {
    Process p = new ProcessDao(db).getForRefId(processId);
    CalculationSetup setup =
        CalculationSetup.of(p)
            .withUnit(p.quantitativeReference.flow.getReferenceUnit())
            .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
            .withAmount(1.0)
            .withAllocation(AllocationMethod.NONE);
    LcaResult r = new SystemCalculator(db).calculate(setup);
    EnviFlow[] flow = new EnviFlow[1];
    r.enviIndex()
        .each(
            (i, f) -> {
              if (f.flow().refId.equals(flowRefId) && !f.isInput()) {
                flow[0] = f;
              }
            });
    Map<String, Double> direct = new HashMap<>();
    r.techIndex().each((i, tf) -> direct.put(key(tf), r.getDirectFlowOf(flow[0], tf)));
    UpstreamTree tree = UpstreamTree.of(r.provider(), flow[0]);
    return new Contributions(r.getTotalFlowValueOf(flow[0]), direct, node(tree, tree.root, depth));
  }

  private static Node node(UpstreamTree tree, UpstreamNode n, int depth) {
    List<Node> children = new ArrayList<>();
    if (depth > 0) {
      for (UpstreamNode c : tree.childs(n)) {
        children.add(node(tree, c, depth - 1));
      }
    }
    return new Node(
        key(n.provider()), n.result(), n.directContribution(), n.requiredAmount(), children);
  }

  static String key(TechFlow tf) {
    return tf.provider().refId + " " + tf.flow().refId;
  }

  /**
   * The processes in the order openLCA's tech index lists their provider flows (no root): the order
   * its default linker breaks ties by.
   */
  List<String> providerOrder() {
    List<String> order = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    org.openlca.core.matrix.index.TechIndex.of(db)
        .each(
            (i, tf) -> {
              if (seen.add(tf.provider().refId)) {
                order.add(tf.provider().refId);
              }
            });
    return order;
  }

  /** openLCA's own direct calculation of the process (its own root): signed totals by flow. */
  Map<String, Double> ownRun(String processId) {
    Process p = new ProcessDao(db).getForRefId(processId);
    CalculationSetup setup =
        CalculationSetup.of(p)
            .withUnit(p.quantitativeReference.flow.getReferenceUnit())
            .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
            .withAmount(1.0)
            .withAllocation(AllocationMethod.NONE);
    LcaResult r = new SystemCalculator(db).calculate(setup);
    Map<String, Double> flows = new HashMap<>();
    r.enviIndex()
        .each(
            (i, f) -> {
              double v = r.getTotalFlowValueOf(f);
              flows.merge(f.flow().refId, f.isInput() ? -v : v, Double::sum);
            });
    return flows;
  }

  /** Size of openLCA's tech index (the whole database: one column per provider flow). */
  int techIndexSize() {
    return whole == null ? 0 : whole.techIndex().size();
  }

  private @Nullable LcaResult whole;

  LcaResult whole() {
    return java.util.Objects.requireNonNull(whole);
  }

  @Override
  public void close() throws IOException {
    db.close();
  }
}
