package org.minecarbon.stream.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.minecarbon.stream.topic.Inbound;

/**
 * The injected fault: passes records on (slowly, so checkpoints complete mid-stream) and throws
 * once, at the first record after {@code after} records once a checkpoint has completed. Static
 * flags: the MiniCluster runs in this JVM and the restored task is a new instance.
 */
final class FailOnce implements MapFunction<Inbound, Inbound>, CheckpointListener {
  private static final long serialVersionUID = 1L;
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger CHECKPOINTS_BEFORE_FAILURE = new AtomicInteger();
  static final AtomicInteger SEEN = new AtomicInteger();

  /** Every distinct record seen ({@code topic-partition@offset}), to name the ones never read. */
  static final Set<String> DISTINCT = ConcurrentHashMap.newKeySet();

  private final int after;
  private final long sleepMillis;

  FailOnce(int after, long sleepMillis) {
    this.after = after;
    this.sleepMillis = sleepMillis;
  }

  static void reset() {
    FAILED.set(false);
    CHECKPOINTS_BEFORE_FAILURE.set(0);
    SEEN.set(0);
    DISTINCT.clear();
  }

  /** Distinct records seen per partition: count and highest offset ({@code "p1=160 (max 159)"}). */
  static String seenByPartition() {
    java.util.Map<String, long[]> by = new java.util.TreeMap<>();
    for (String w : DISTINCT) {
      int at = w.lastIndexOf('@');
      long[] c = by.computeIfAbsent(w.substring(0, at), k -> new long[] {0, -1});
      c[0]++;
      c[1] = Math.max(c[1], Long.parseLong(w.substring(at + 1)));
    }
    StringBuilder out = new StringBuilder();
    by.forEach(
        (k, c) ->
            out.append(k).append('=').append(c[0]).append(" (max ").append(c[1]).append(") "));
    return out.toString().trim();
  }

  @Override
  public Inbound map(Inbound in) throws InterruptedException {
    Thread.sleep(sleepMillis);
    DISTINCT.add(in.where());
    if (SEEN.incrementAndGet() > after
        && CHECKPOINTS_BEFORE_FAILURE.get() > 0
        && FAILED.compareAndSet(false, true)) {
      throw new IllegalStateException("injected task failure after " + after + " records");
    }
    return in;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    if (!FAILED.get()) {
      CHECKPOINTS_BEFORE_FAILURE.incrementAndGet();
    }
  }
}
