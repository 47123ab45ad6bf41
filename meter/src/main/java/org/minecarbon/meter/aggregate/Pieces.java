package org.minecarbon.meter.aggregate;

/**
 * Adds an interval's quantity to the months it spans. A rate interval is split by linear
 * interpolation of the rate at each month boundary (exact for the trapezoid: the integrand is
 * linear between readings); a counter interval pro rata in time.
 */
final class Pieces {
  private final MonthGrid grid;
  private final MonthTotals totals;

  Pieces(MonthGrid grid, MonthTotals totals) {
    this.grid = grid;
    this.totals = totals;
  }

  /**
   * Trapezoid over [ta, tb] (ms) of a rate per second going linearly from ra to rb: month piece
   * [t0, t1] gets (r(t0) + r(t1)) / 2 × (t1 − t0) / 1000.
   */
  void trapezoid(long ta, long tb, double ra, double rb, boolean estimated) {
    int m = grid.index(ta);
    long t0 = ta;
    double r0 = ra;
    double slope = (rb - ra) / (tb - ta);
    while (true) {
      long t1 = Math.min(end(m, tb), tb);
      double r1 = t1 == tb ? rb : ra + slope * (t1 - ta);
      add(m, (r0 + r1) * 0.5 * (t1 - t0) / 1000.0, estimated);
      if (t1 == tb) {
        return;
      }
      t0 = t1;
      r0 = r1;
      m++;
    }
  }

  /** A quantity spread uniformly over [ta, tb]: each month gets q × overlap / (tb − ta). */
  void uniform(long ta, long tb, double q, boolean estimated) {
    int m = grid.index(ta);
    long t0 = ta;
    double span = tb - ta;
    while (true) {
      long t1 = Math.min(end(m, tb), tb);
      add(m, q * ((t1 - t0) / span), estimated);
      if (t1 == tb) {
        return;
      }
      t0 = t1;
      m++;
    }
  }

  /** Marks [ta, tb] covered: each month gets its overlap in milliseconds. */
  void covered(long ta, long tb) {
    int m = grid.index(ta);
    long t0 = ta;
    while (true) {
      long t1 = Math.min(end(m, tb), tb);
      if (m >= 0 && m < grid.size() && grid.isOpen(m)) {
        totals.covered()[m] += t1 - t0;
      }
      if (t1 == tb) {
        return;
      }
      t0 = t1;
      m++;
    }
  }

  private long end(int m, long tb) {
    return m < 0 ? grid.start(0) : m < grid.size() ? grid.start(m + 1) : tb;
  }

  private void add(int m, double q, boolean estimated) {
    if (m < 0 || m >= grid.size() || !grid.isOpen(m)) {
      return;
    }
    totals.quantity()[m] += q;
    totals.touched()[m] = true;
    if (estimated) {
      totals.estimated()[m] += q;
    }
  }
}
