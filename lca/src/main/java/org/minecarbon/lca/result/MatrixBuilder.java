package org.minecarbon.lca.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.lca.link.Exchanges;
import org.minecarbon.lca.link.TechFlow;
import org.minecarbon.lca.link.TechSystem;
import org.minecarbon.lca.matrix.CscBuilder;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;

/**
 * Fills A and B as openLCA does (footprint contract §2): entry = amount × (unit factor ÷ flow
 * property factor) × allocation factor, inputs negative. In a provider's column: its own flow goes
 * on the diagonal, linked inputs to their provider's row, elementary and unlinked flows to B, and
 * co-products to B only where the process is not allocated.
 */
public final class MatrixBuilder {
  private final Library library;
  private final Map<String, Double> unitFactors;

  public MatrixBuilder(Library library, Map<String, Double> unitFactors) {
    this.library = library;
    this.unitFactors = unitFactors;
  }

  public Matrices build(TechSystem system, AllocationMethod allocation, double amount) {
    CscBuilder a = new CscBuilder();
    CscBuilder b = new CscBuilder();
    Map<String, Integer> flowRow = new HashMap<>();
    List<String> flowIds = new ArrayList<>();
    List<Boolean> inputOnly = new ArrayList<>();
    List<TechFlow> providers = system.providers();
    for (int col = 0; col < providers.size(); col++) {
      TechFlow tf = providers.get(col);
      Process p = library.processes().get(tf.processId());
      int[] links = system.links().get(p.id());
      AllocationMethod method =
          allocation == AllocationMethod.USE_DEFAULT ? p.defaultAllocation() : allocation;
      boolean allocated = method != AllocationMethod.NONE && providerFlowCount(p) > 1;
      for (int i = 0; i < p.exchanges().size(); i++) {
        Exchange e = p.exchanges().get(i);
        Flow f = library.flow(e.flowId());
        double v = value(e, f);
        boolean own = Exchanges.isProviderFlow(e, f) && f.id().equals(tf.flowId());
        if (allocated && !own && !Exchanges.isProviderFlow(e, f)) {
          v *= factor(p, method, tf.flowId(), e);
        }
        if (own) {
          a.add(col, col, v);
        } else if (links[i] >= 0) {
          a.add(links[i], col, v);
        } else if (!Exchanges.isProviderFlow(e, f) || method == AllocationMethod.NONE) {
          Integer row = flowRow.get(f.id());
          if (row == null) {
            row = flowIds.size();
            flowRow.put(f.id(), row);
            flowIds.add(f.id());
            inputOnly.add(Boolean.TRUE);
          }
          if (!e.input()) {
            inputOnly.set(row, Boolean.FALSE);
          }
          b.add(row, col, v);
        }
      }
    }
    int n = providers.size();
    double[] demand = new double[n];
    demand[0] = rootIsInput(system) ? -amount : amount;
    boolean[] inputs = new boolean[flowIds.size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = inputOnly.get(i);
    }
    return new Matrices(system, a.build(n, n), b.build(flowIds.size(), n), demand, flowIds, inputs);
  }

  /** amount × unit factor ÷ flow property factor, negative for inputs. */
  public double value(Exchange e, Flow f) {
    double unit = unitFactors.getOrDefault(e.unitId(), Double.NaN);
    double prop = f.property(e.propertyId()).map(x -> x.factor()).orElse(Double.NaN);
    double v = e.amount() * unit / prop;
    return e.input() ? -v : v;
  }

  private boolean rootIsInput(TechSystem system) {
    TechFlow root = system.providers().get(0);
    Process p = library.processes().get(root.processId());
    return p.quantitativeReference().map(Exchange::input).orElse(false);
  }

  private int providerFlowCount(Process p) {
    int count = 0;
    for (Exchange e : p.exchanges()) {
      if (Exchanges.isProviderFlow(e, library.flow(e.flowId()))) {
        count++;
      }
    }
    return count;
  }

  private static double factor(Process p, AllocationMethod m, String product, Exchange e) {
    for (AllocationFactor af : p.allocationFactors()) {
      if (af.method() != m || !af.productFlowId().equals(product)) {
        continue;
      }
      if (m != AllocationMethod.CAUSAL
          || af.exchangeId().equals(e.internalId())
          || af.exchangeId().equals(e.flowId())) {
        return af.value();
      }
    }
    return 1;
  }
}
