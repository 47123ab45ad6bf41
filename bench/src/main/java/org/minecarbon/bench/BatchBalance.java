package org.minecarbon.bench;

import java.nio.file.Path;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.bulk.StreamingBalance;

/**
 * The engine side of workload 1, one measurement per process (as the parse baselines): {@code
 * stream FILE} balances the JSON file with {@link StreamingBalance} (d); {@code memory SITES}
 * builds {@code WorkloadGenerator.generate(SITES, 40, 2024, 42)} and times only {@code
 * BalanceCalculator.calculate} on it (e), {@code repeat} times in the same JVM (the first includes
 * JIT warm-up; all are printed). Prints {@code <mode> seconds=S rows=N emissions=E}.
 *
 * <p>{@code stream-serial FILE} is (d) on one thread (no worker thread).
 *
 * <p>Usage: {@code BatchBalance stream FILE.json} or {@code BatchBalance memory SITES [repeat]}
 */
public final class BatchBalance {
  private BatchBalance() {}

  public static void main(String[] args) {
    FactorLibrary library = FactorLibrary.builtIn();
    switch (args[0]) {
      case "stream", "stream-serial" -> {
        boolean parallel = args[0].equals("stream");
        long t0 = System.nanoTime();
        Result<Balance> r =
            StreamingBalance.balance(
                Path.of(args[1]), library, java.util.function.UnaryOperator.identity(), parallel);
        report(parallel ? "stream-balance" : "stream-balance-serial", t0, -1, r);
      }
      case "memory" -> {
        int sites = Integer.parseInt(args[1]);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Inventory inv = WorkloadGenerator.generate(sites, 40, 2024, 42);
        long rows = inv.activities().size() + inv.sinks().size() + inv.production().size();
        BalanceCalculator calculator = new BalanceCalculator(library);
        for (int i = 0; i < repeat; i++) {
          long t0 = System.nanoTime();
          Result<Balance> r = calculator.calculate(inv);
          report("memory-balance", t0, rows, r);
        }
      }
      default -> throw new IllegalArgumentException("mode stream or memory: " + args[0]);
    }
  }

  private static void report(String mode, long t0, long rows, Result<Balance> r) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!(r instanceof Result.Ok<Balance> ok)) {
      System.out.printf("%s seconds=%.3f FAILED %s%n", mode, seconds, r.issues());
      System.exit(1);
      return;
    }
    double emissions = 0;
    for (BalanceYear y : ok.value().years()) {
      emissions += y.totals().emissionsTotal();
    }
    System.out.printf("%s seconds=%.3f rows=%d emissions=%.6e%n", mode, seconds, rows, emissions);
  }
}
