package org.minecarbon.meter.registry;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A meter registry ({@code "format": "minecarbon/meters@1"}): a timezone and its meters. */
public record MeterRegistry(ZoneId timezone, List<Meter> meters) {
  public static final String FORMAT = "minecarbon/meters@1";

  public MeterRegistry {
    meters = List.copyOf(meters);
  }

  /** Meters by id (the first of a duplicated id). */
  public Map<String, Meter> byId() {
    Map<String, Meter> map = new LinkedHashMap<>();
    meters.forEach(m -> map.putIfAbsent(m.id(), m));
    return map;
  }

  public Optional<Meter> find(String id) {
    return meters.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
