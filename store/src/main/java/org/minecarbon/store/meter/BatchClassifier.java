package org.minecarbon.store.meter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a batch given, per batch index, the reading already stored under its key (if any): new
 * (the first of its key in the batch and not stored), duplicate (numerically equal values to the
 * stored reading or to the batch's first of the key) or conflict (other values).
 */
final class BatchClassifier {
  final List<StoredReading> fresh = new ArrayList<>();
  final List<StoredReading> conflicts = new ArrayList<>();
  int duplicates;

  private record Key(String meter, long atMs) {}

  /**
   * @param stored the stored counterpart of each batch reading, by batch index (null = none)
   */
  static BatchClassifier classify(List<StoredReading> batch, @Nullable StoredReading[] stored) {
    BatchClassifier c = new BatchClassifier();
    Map<Key, StoredReading> firsts = new HashMap<>(batch.size() * 2);
    for (int i = 0; i < batch.size(); i++) {
      StoredReading r = batch.get(i);
      StoredReading first = stored[i];
      if (first == null) {
        first = firsts.putIfAbsent(new Key(r.meterId(), r.atMs()), r);
      }
      if (first == null) {
        c.fresh.add(r);
      } else if (first.sameValues(r)) {
        c.duplicates++;
      } else {
        c.conflicts.add(r);
      }
    }
    return c;
  }

  BatchOutcome outcome() {
    return new BatchOutcome(fresh.size(), duplicates, conflicts);
  }
}
