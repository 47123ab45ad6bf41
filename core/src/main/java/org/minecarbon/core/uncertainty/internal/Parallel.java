package org.minecarbon.core.uncertainty.internal;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.DoubleConsumer;

/** A fixed pool of daemon workers and a batch of tasks awaited with progress reporting. */
public final class Parallel {
  private Parallel() {}

  /** A pool of {@code threads} daemon threads; close it when done. */
  public static ExecutorService pool(int threads) {
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "minecarbon-uncertainty");
          t.setDaemon(true);
          return t;
        };
    return Executors.newFixedThreadPool(threads, factory);
  }

  /** Tasks submitted to a pool, awaited together. */
  static final class Tasks {
    private final CompletionService<Void> service;
    private int submitted;

    Tasks(ExecutorService pool) {
      this.service = new ExecutorCompletionService<>(pool);
    }

    void submit(Runnable task) {
      service.submit(task, null);
      submitted++;
    }

    /**
     * Waits for every task; after each, reports {@code offset + share × fraction done} on the
     * calling thread. A failed task is a defect and is rethrown unchecked.
     */
    void awaitAll(DoubleConsumer progress, double offset, double share) {
      for (int i = 0; i < submitted; i++) {
        try {
          service.take().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("uncertainty analysis interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("uncertainty worker failed", e.getCause());
        }
        progress.accept(offset + share * (i + 1) / submitted);
      }
      submitted = 0;
    }
  }
}
