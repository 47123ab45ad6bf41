package org.minecarbon.core.explain;

import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.result.Result;

/** Explains figures of a {@link Balance}: a column of a year, a year's total, or one row. */
public final class Explainer {
  private Explainer() {}

  public static Result<Explanation> column(Balance balance, int year, Column column) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Emissions total of a year (all seven emission columns). */
  public static Result<Explanation> total(Balance balance, int year) {
    throw new UnsupportedOperationException("TODO");
  }

  /** One row, found by its id or JSON Pointer. */
  public static Result<Explanation> row(Balance balance, String idOrPointer) {
    throw new UnsupportedOperationException("TODO");
  }
}
