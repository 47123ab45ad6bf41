package org.minecarbon.app.factor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.store.Store;
import org.minecarbon.store.catalog.FactorSetRecord;

/**
 * The factor library of a tenant: core's built-in sets (shared, read-only) plus the group's own
 * user sets stored as CSV, cached per group. Another group's sets are not in it, so its set ids are
 * unknown here ({@code UNKNOWN_FACTOR_SET}) and may repeat across groups (issue 11).
 */
public final class Libraries {
  private static final System.Logger LOG = System.getLogger(Libraries.class.getName());

  private final Store store;
  private final Actor actor;
  private final Map<Long, FactorLibrary> cached = new ConcurrentHashMap<>();
  private volatile long generation;

  public Libraries(Store store, Actor actor) {
    this.store = store;
    this.actor = actor;
  }

  /**
   * The library of the acting user's group (an enterprise's data is only ever reached within its
   * group); the built-in sets alone when nobody is signed in.
   */
  public FactorLibrary library() {
    Optional<Long> group = actor.user().map(AccessUser::groupId);
    return group.isPresent() ? library(group.get()) : FactorLibrary.builtIn();
  }

  /** The library of one group. */
  public FactorLibrary library(long groupId) {
    return cached.computeIfAbsent(groupId, this::build);
  }

  /** Forget the cache after a user set was added or removed. */
  public synchronized void invalidate() {
    cached.clear();
    generation++;
  }

  /** Changes whenever a library may have changed (for caches of results computed with it). */
  public long generation() {
    return generation;
  }

  private FactorLibrary build(long groupId) {
    FactorLibrary library = FactorLibrary.builtIn();
    for (FactorSetRecord set : store.catalog().factorSets(groupId)) {
      Result<FactorLibrary> next = library.withUserSet(stream(set), set.fileName());
      if (next instanceof Result.Ok<FactorLibrary> ok) {
        library = ok.value();
      } else {
        LOG.log(
            System.Logger.Level.WARNING,
            "stored factor set {0} of group {1} no longer loads: {2}",
            set.id(),
            groupId,
            next.issues());
      }
    }
    return library;
  }

  static ByteArrayInputStream stream(FactorSetRecord set) {
    return new ByteArrayInputStream(set.csv().getBytes(StandardCharsets.UTF_8));
  }
}
