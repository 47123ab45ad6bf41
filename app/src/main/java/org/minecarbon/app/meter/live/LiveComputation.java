package org.minecarbon.app.meter.live;

import java.time.Instant;
import java.util.List;
import org.minecarbon.app.meter.live.internal.LiveCache;
import org.minecarbon.app.meter.live.internal.LiveCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * Live figures as computations without a store, for benchmarks and tools: the full recompute (the
 * year derived from every reading) and the cached one the service uses (closed months kept, the
 * current month derived from a window of readings).
 */
public final class LiveComputation {
  private final LiveCache cache = new LiveCache();

  /** The stored readings of an enterprise in [from, to) (epoch ms). */
  @FunctionalInterface
  public interface ReadingSource {
    List<Reading> readings(long fromMs, long toMs);
  }

  /** The full recompute from the readings of the year (and the 8 days before it). */
  public static LiveFigures full(
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      List<Reading> readings,
      String site,
      Instant now) {
    return LiveCalculator.figures(base, library, registry, readings, site, now);
  }

  /** The cached figures, reading only what the kept months do not cover. */
  public LiveFigures figures(
      long enterpriseId,
      long registryVersion,
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      ReadingSource source,
      String site,
      Instant now) {
    return cache.figures(
        enterpriseId, registryVersion, base, library, registry, source::readings, site, now);
  }

  /** Tells the cache a committed batch. */
  public void ingested(long enterpriseId, List<Reading> batch) {
    cache.ingested(enterpriseId, batch);
  }

  /** How many requests derived the whole year. */
  public long fullRecomputes() {
    return cache.fullRecomputes();
  }
}
