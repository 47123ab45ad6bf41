package org.minecarbon.core.balance.internal;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One background thread that runs tasks in submission order, at most {@link #IN_FLIGHT} waiting or
 * running (the submitter blocks beyond that, which bounds the memory of queued chunks). The thread
 * ends by itself when idle, so an abandoned stream leaks nothing.
 */
final class Worker {
  static final int IN_FLIGHT = 2;

  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          0,
          1,
          1,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, "minecarbon-balance-stream");
            t.setDaemon(true);
            return t;
          });
  private final ArrayDeque<Future<?>> pending = new ArrayDeque<>();

  void submit(Runnable task) {
    while (pending.size() >= IN_FLIGHT) {
      await(pending.removeFirst());
    }
    pending.addLast(executor.submit(task));
  }

  /** Waits for every task; a task's failure is rethrown here. */
  void drain() {
    while (!pending.isEmpty()) {
      await(pending.removeFirst());
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while balancing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
