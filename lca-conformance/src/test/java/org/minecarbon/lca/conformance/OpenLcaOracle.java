package org.minecarbon.lca.conformance;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.openlca.core.database.Derby;
import org.openlca.core.database.IDatabase;
import org.openlca.core.database.ProcessDao;
import org.openlca.core.math.SystemCalculator;
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
  record Oracle(int processes, Map<String, Double> flows) {}

  Oracle calculate(String processId, double amount) {
    Process p = new ProcessDao(db).getForRefId(processId);
    CalculationSetup setup =
        CalculationSetup.of(p)
            .withUnit(p.quantitativeReference.flow.getReferenceUnit())
            .withFlowPropertyFactor(p.quantitativeReference.flow.getReferenceFactor())
            .withAmount(amount)
            .withAllocation(AllocationMethod.NONE);
    LcaResult r = new SystemCalculator(db).calculate(setup);
    Map<String, Double> flows = new HashMap<>();
    if (r.enviIndex() != null) {
      r.enviIndex()
          .each(
              (i, f) -> {
                double v = r.getTotalFlowValueOf(f);
                flows.merge(f.flow().refId, f.isInput() ? -v : v, Double::sum);
              });
    }
    return new Oracle(r.techIndex().size(), flows);
  }

  @Override
  public void close() throws IOException {
    db.close();
  }
}
