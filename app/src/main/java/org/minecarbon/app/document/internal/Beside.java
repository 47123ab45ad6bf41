package org.minecarbon.app.document.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Work of a large import run beside its own thread, on a virtual thread: only computation on data
 * the import already holds (reading the upload, a balance, the preview's texts), never the store,
 * whose connection is bound to the import's thread and transaction. The import's thread waits for
 * it with {@link #join}, which throws what the work threw (an {@code InvalidInputException} stays
 * one), so an error reads as if the work had run in line.
 */
final class Beside {
  private Beside() {}

  static <T> Future<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    startInOrder(name, task);
    return task;
  }

  /** Runs the tasks one after the other on one virtual thread (the first is awaited first). */
  static void startInOrder(String name, FutureTask<?>... tasks) {
    Thread.ofVirtual()
        .name("import-" + name)
        .start(
            () -> {
              for (FutureTask<?> t : tasks) {
                t.run();
              }
            });
  }

  static <T> T join(Future<T> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      work.cancel(true);
      throw new IllegalStateException("interrupted while waiting for the import's work", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
