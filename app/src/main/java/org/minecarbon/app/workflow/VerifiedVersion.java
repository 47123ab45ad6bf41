package org.minecarbon.app.workflow;

import java.util.List;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;

/**
 * A verified version as its reports need it, read and checked once.
 *
 * @param benchmarks the benchmarks as frozen at verification
 */
public record VerifiedVersion(
    Inventory inventory, Balance balance, List<BenchmarkView> benchmarks) {
  public VerifiedVersion {
    benchmarks = List.copyOf(benchmarks);
  }
}
