package org.minecarbon.app.meter.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.ReadingCheck;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.SiteRecord;
import org.minecarbon.store.meter.StoredReading;

/**
 * Read access to an enterprise's stored registry and readings for the live-monitoring features (the
 * same decoding and checks as the ingestion and derivation).
 */
public final class StoredMeters {
  private StoredMeters() {}

  /**
   * The enterprise's parsed registry.
   *
   * @throws NotFoundException without one
   */
  public static MeterRegistry registry(Store store, long enterpriseId) {
    String doc =
        store
            .meters()
            .registry(enterpriseId)
            .orElseThrow(() -> new NotFoundException("meter registry of enterprise", enterpriseId))
            .document();
    Set<String> sites =
        store.inventories().sites(enterpriseId).stream()
            .map(SiteRecord::code)
            .collect(Collectors.toSet());
    Result<MeterRegistry> r =
        RegistryReader.read(doc.getBytes(StandardCharsets.UTF_8), "meters.json", sites);
    if (r instanceof Result.Ok<MeterRegistry> ok) {
      return ok.value();
    }
    throw new InvalidInputException("invalid meter registry", r.issues());
  }

  /** Stored readings with instants in {@code [fromMs, toMs)} that still fit the registry. */
  public static List<Reading> readings(
      Store store, long enterpriseId, MeterRegistry registry, long fromMs, long toMs) {
    Map<String, Meter> meters = registry.byId();
    List<Reading> out = new ArrayList<>();
    for (StoredReading s : store.meters().readings(enterpriseId, fromMs, toMs)) {
      Optional<Reading> r = ReadingCodec.reading(s);
      if (r.isPresent() && ReadingCheck.check(r.get(), meters).isEmpty()) {
        out.add(r.get());
      }
    }
    return out;
  }
}
