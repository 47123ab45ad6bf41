package org.minecarbon.app.meter.live.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.meter.internal.StoreMeterService;
import org.minecarbon.app.meter.internal.StoredMeters;
import org.minecarbon.app.meter.live.IngestListener;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.app.meter.live.LiveService;
import org.minecarbon.app.meter.live.MethanePanel;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.SiteRecord;

/** Live figures and the methane panel from the stored registry and readings. */
public final class StoreLiveService implements LiveService {
  private final Store store;
  private final Tenancy tenancy;
  private final InventoryService inventories;
  private final Libraries libraries;
  private final StoreMeterService meters;
  private final Clock clock;
  private final LiveCache cache = new LiveCache();

  public StoreLiveService(
      Store store,
      Tenancy tenancy,
      InventoryService inventories,
      Libraries libraries,
      StoreMeterService meters,
      Clock clock) {
    this.store = store;
    this.tenancy = tenancy;
    this.inventories = inventories;
    this.libraries = libraries;
    this.meters = meters;
    this.clock = clock;
    meters.addListener(
        new IngestListener() {
          @Override
          public void ingested(long enterpriseId, int accepted) {
            // told with the batch below
          }

          @Override
          public void ingested(long enterpriseId, int accepted, List<Reading> batch) {
            cache.ingested(enterpriseId, batch);
          }
        });
  }

  @Override
  public List<String> sites(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    if (store.meters().registry(enterpriseId).isEmpty()) {
      return List.of();
    }
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    TreeSet<String> sites = new TreeSet<>();
    for (Meter m : registry.meters()) {
      if (tenancy.siteVisible(enterpriseId, m.site())) {
        sites.add(m.site());
      }
    }
    return List.copyOf(sites);
  }

  @Override
  public Map<String, String> siteNames(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    Map<String, String> out = new LinkedHashMap<>();
    for (SiteRecord s : store.inventories().sites(enterpriseId)) {
      String name = s.doc().path("name").asString("").strip();
      out.put(s.code(), name.isEmpty() ? s.code() : name);
    }
    return out;
  }

  @Override
  public LiveFigures figures(long enterpriseId, String site) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireSite(enterpriseId, site);
    long version =
        store
            .meters()
            .registry(enterpriseId)
            .orElseThrow(() -> new NotFoundException("meter registry of enterprise", enterpriseId))
            .version();
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    return cache.figures(
        enterpriseId,
        version,
        base(enterpriseId),
        libraries.library(),
        registry,
        (from, to) -> StoredMeters.readings(store, enterpriseId, registry, from, to),
        site,
        clock.instant());
  }

  /** The cache behind {@link #figures} (for tests). */
  LiveCache cache() {
    return cache;
  }

  @Override
  public MethanePanel methane(long enterpriseId, String site, int hours) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireSite(enterpriseId, site);
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    Instant to = clock.instant();
    Instant from = to.minus(Duration.ofHours(Math.max(1, Math.min(168, hours))));
    List<Reading> readings =
        StoredMeters.readings(
            store, enterpriseId, registry, from.toEpochMilli(), to.toEpochMilli() + 1);
    return MethaneCalculator.panel(
        base(enterpriseId), libraries.library(), registry, readings, site, from, to);
  }

  @Override
  public void addListener(IngestListener listener) {
    meters.addListener(listener);
  }

  private Inventory base(long enterpriseId) {
    return inventories.checked(enterpriseId).inventory();
  }
}
