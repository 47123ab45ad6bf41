package org.minecarbon.store.meter;

import java.util.List;

/**
 * What {@link MeterRepository#write} did with a batch of readings, classified against the stored
 * readings and the batch's own earlier lines.
 *
 * @param accepted readings stored (new keys; the first of a key repeated in the batch)
 * @param duplicates readings whose key was stored (or earlier in the batch) with equal values
 * @param conflicts readings whose key was stored (or earlier in the batch) with other values, in
 *     batch order; none of them was stored
 */
public record BatchOutcome(int accepted, int duplicates, List<StoredReading> conflicts) {
  public BatchOutcome {
    if (accepted < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    conflicts = List.copyOf(conflicts);
  }
}
