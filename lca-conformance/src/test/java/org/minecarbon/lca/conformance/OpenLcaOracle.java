package org.minecarbon.lca.conformance;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openlca.core.database.Derby;
import org.openlca.core.database.IDatabase;
import org.openlca.core.database.ProcessDao;
import org.openlca.core.math.SystemCalculator;
import org.openlca.core.matrix.index.TechFlow;
import org.openlca.core.model.AllocationMethod;
import org.openlca.core.model.CalculationSetup;
import org.openlca.core.model.Process;
import org.openlca.core.results.LcaResult;
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
