package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.result.Result;

/** Load, validate and calculate a document in one step, as balance, explain and demo need. */
final class Calculations {
  private Calculations() {}

  static Result<Balance> balance(Path file, CalcOptions options) throws IOException {
    return options
        .load(file)
        .flatMap(l -> new BalanceCalculator(l.library()).calculate(l.inventory()));
  }
}
