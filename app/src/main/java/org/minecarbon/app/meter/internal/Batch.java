package org.minecarbon.app.meter.internal;

import java.time.Instant;
import java.util.List;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.store.meter.BatchOutcome;
import org.minecarbon.store.meter.ConflictRecord;
import org.minecarbon.store.meter.MeterRepository;
import org.minecarbon.store.meter.StoredReading;

/**
 * Writes a batch of readings (inside the transaction that holds the enterprise lock): the
 * repository classifies it against the stored keys in one query and stores the new ones in one
 * statement ({@code COPY} on PostgreSQL); refused conflicting values are recorded.
 */
final class Batch {
  final int accepted;
  final int duplicates;
  final List<ConflictRecord> conflicts;

  private Batch(int accepted, int duplicates, List<ConflictRecord> conflicts) {
    this.accepted = accepted;
    this.duplicates = duplicates;
    this.conflicts = conflicts;
  }

  static Batch write(MeterRepository repo, long enterpriseId, List<StoredReading> readings) {
    BatchOutcome out = repo.write(enterpriseId, readings);
    List<ConflictRecord> conflicts =
        out.conflicts().stream()
            .map(
                r ->
                    new ConflictRecord(r.meterId(), r.atMs(), ReadingCodec.describe(r), repo.now()))
            .toList();
    repo.recordConflicts(enterpriseId, conflicts);
    return new Batch(out.accepted(), out.duplicates(), conflicts);
  }

  List<IngestResult.Key> conflictKeys() {
    return conflicts.stream()
        .map(c -> new IngestResult.Key(c.meterId(), Instant.ofEpochMilli(c.atMs())))
        .toList();
  }
}
