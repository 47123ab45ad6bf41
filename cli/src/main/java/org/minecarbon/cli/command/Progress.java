package org.minecarbon.cli.command;

import java.io.PrintWriter;
import java.util.function.DoubleConsumer;

/**
 * Progress of a long computation on stderr: silent for the first second (short runs print nothing),
 * then the percentage done, updated in place.
 */
final class Progress implements DoubleConsumer {
  private static final long QUIET_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String label;
  private final long start = System.nanoTime();
  private int shown = -1;

  Progress(PrintWriter err) {
    this(err, "Monte Carlo");
  }

  /**
   * @param label what is in progress, printed before the percentage
   */
  Progress(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void accept(double fraction) {
    int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
    if (percent != shown && System.nanoTime() - start > QUIET_NANOS) {
      shown = percent;
      err.print("\r" + label + ": " + percent + " %");
      err.flush();
    }
  }

  /** Ends the progress line, if one was started. */
  void done() {
    if (shown >= 0) {
      err.println();
      err.flush();
    }
  }
}
