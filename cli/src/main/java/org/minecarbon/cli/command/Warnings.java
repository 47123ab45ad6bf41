package org.minecarbon.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/** Collects the warnings of a successful calculation from the result and the balance itself. */
final class Warnings {
  private Warnings() {}

  static List<Issue> of(Result.Ok<Balance> ok) {
    List<Issue> all = new ArrayList<>(ok.warnings());
    all.addAll(ok.value().warnings());
    all.addAll(ok.value().calculation().warnings());
    return all;
  }
}
