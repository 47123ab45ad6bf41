package org.minecarbon.app.meter.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.store.meter.ConflictRecord;
import org.minecarbon.store.meter.MeterRepository;
import org.minecarbon.store.meter.StoredReading;

/**
 * Classifies a batch of readings against what is stored (inside the transaction that holds the
 * enterprise lock): new keys, duplicates (same key, numerically equal values) and conflicts (same
 * key, other values; the first stored or first in the batch is kept).
 */
final class Batch {
  final List<StoredReading> fresh = new ArrayList<>();
  final List<ConflictRecord> conflicts = new ArrayList<>();
  int duplicates;

  static Batch classify(MeterRepository repo, long enterpriseId, List<StoredReading> readings) {
    Batch b = new Batch();
    Map<String, List<StoredReading>> byMeter = new LinkedHashMap<>();
    readings.forEach(r -> byMeter.computeIfAbsent(r.meterId(), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<StoredReading>> e : byMeter.entrySet()) {
      b.classifyMeter(repo, enterpriseId, e.getKey(), e.getValue());
    }
    return b;
  }

  private void classifyMeter(
      MeterRepository repo, long enterpriseId, String meter, List<StoredReading> readings) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (StoredReading r : readings) {
      min = Math.min(min, r.atMs());
      max = Math.max(max, r.atMs());
    }
    Map<Long, StoredReading> known = new HashMap<>();
    for (StoredReading s : repo.existing(enterpriseId, meter, min, max)) {
      known.put(s.atMs(), s);
    }
    for (StoredReading r : readings) {
      StoredReading first = known.putIfAbsent(r.atMs(), r);
      if (first == null) {
        fresh.add(r);
      } else if (first.sameValues(r)) {
        duplicates++;
      } else {
        conflicts.add(new ConflictRecord(meter, r.atMs(), ReadingCodec.describe(r), repo.now()));
      }
    }
  }

  List<IngestResult.Key> conflictKeys() {
    return conflicts.stream()
        .map(c -> new IngestResult.Key(c.meterId(), Instant.ofEpochMilli(c.atMs())))
        .toList();
  }
}
