package org.minecarbon.app.factor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.store.Store;
import org.minecarbon.store.catalog.FactorSetRecord;

/** The factor library: core's built-in sets plus the user sets stored as CSV, cached. */
public final class Libraries {
  private static final System.Logger LOG = System.getLogger(Libraries.class.getName());

  private final Store store;
  private volatile FactorLibrary cached;
  private volatile boolean loaded;
  private volatile long generation;

  public Libraries(Store store) {
    this.store = store;
    this.cached = FactorLibrary.builtIn();
  }

  public FactorLibrary library() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          cached = build();
          loaded = true;
        }
      }
    }
    return cached;
  }

  /** Forget the cache after a user set was added or removed. */
  public synchronized void invalidate() {
    loaded = false;
    generation++;
  }

  /** Changes whenever the library may have changed (for caches of results computed with it). */
  public long generation() {
    return generation;
  }

  private FactorLibrary build() {
    FactorLibrary library = FactorLibrary.builtIn();
    for (FactorSetRecord set : store.catalog().factorSets()) {
      Result<FactorLibrary> next = library.withUserSet(stream(set), set.fileName());
      if (next instanceof Result.Ok<FactorLibrary> ok) {
        library = ok.value();
      } else {
        LOG.log(
            System.Logger.Level.WARNING,
            "stored factor set {0} no longer loads: {1}",
            set.id(),
            next.issues());
      }
    }
    return library;
  }

  static ByteArrayInputStream stream(FactorSetRecord set) {
    return new ByteArrayInputStream(set.csv().getBytes(StandardCharsets.UTF_8));
  }
}
