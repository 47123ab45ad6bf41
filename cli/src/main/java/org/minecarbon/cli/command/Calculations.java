package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.bulk.StreamingBalance;

/** Load, validate and calculate a document in one step, as balance, explain and demo need. */
final class Calculations {
  private Calculations() {}

  static Result<Balance> balance(Path file, CalcOptions options) throws IOException {
    return options
        .load(file)
        .flatMap(l -> new BalanceCalculator(l.library()).calculate(l.inventory()));
  }

  /**
   * The same balance from a JSON document read row by row (bounded memory, no size limit), with the
   * same overrides; progress goes to {@code progress} and its line is ended before returning.
   */
  static Result<Balance> streamedBalance(Path file, CalcOptions options, Progress progress)
      throws IOException {
    try {
      return options
          .library()
          .flatMap(
              l ->
                  StreamingBalance.balance(
                      file,
                      l,
                      options::override,
                      Runtime.getRuntime().availableProcessors() > 1,
                      progress));
    } finally {
      progress.done();
    }
  }
}
