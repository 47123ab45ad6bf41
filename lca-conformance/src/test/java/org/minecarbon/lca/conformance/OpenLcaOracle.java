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

  /** The result openLCA computes for one process: signed flow totals (outputs +) by flow @id. */
  record Oracle(Map<String, Double> flows) {}

  /**
   * openLCA's direct calculation of a process indexes every process of the database (its tech index
   * is the whole database, linked once by openLCA's rules), so one factorisation serves every
   * process: the flows of one reference unit of process j are B·A⁻¹·e_j, which openLCA exposes as
   * {@code getTotalFlowOfOne}. The first call runs the full calculation.
   */
  Oracle calculate(String processId) {
    Process p = new ProcessDao(db).getForRefId(processId);
    if (whole == null) {
      CalculationSetup setup =
          CalculationSetup.of(p)
              .withUnit(p.quantitativeReference.flow.getReferenceUnit())
              .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
              .withAmount(1.0)
              .withAllocation(AllocationMethod.NONE);
      whole = new SystemCalculator(db).calculate(setup);
    }
    LcaResult r = whole;
    TechFlow tf = r.techIndex().getProvider(p.id, p.quantitativeReference.flow.id);
    Map<String, Double> flows = new HashMap<>();
    if (r.enviIndex() != null) {
      r.enviIndex()
          .each(
              (i, f) -> {
                double v = r.getTotalFlowOfOne(f, tf);
                flows.merge(f.flow().refId, f.isInput() ? -v : v, Double::sum);
              });
    }
    return new Oracle(flows);
  }

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

  /** Size of openLCA's tech index (the whole database: one column per provider flow). */
  int techIndexSize() {
    return whole == null ? 0 : whole.techIndex().size();
  }

  private @Nullable LcaResult whole;

  @Override
  public void close() throws IOException {
    db.close();
  }
}
