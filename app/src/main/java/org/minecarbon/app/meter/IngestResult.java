package org.minecarbon.app.meter;

import java.time.Instant;
import java.util.List;
import org.minecarbon.core.result.Issue;

/**
 * What an ingestion stored (counted after the commit).
 *
 * @param accepted readings with a new key, now stored
 * @param duplicates readings whose key was stored with numerically equal values (ignored)
 * @param conflicts the keys stored before with other values (the first is kept; alarm CONFLICT)
 * @param rowsChanged meter rows added or changed in the inventory (each a new revision)
 * @param rowProblems meter rows the inventory refused (e.g. a row the enterprise's factor set
 *     cannot compute); the readings stay stored
 */
public record IngestResult(
    int accepted, int duplicates, List<Key> conflicts, int rowsChanged, List<Issue> rowProblems) {

  public IngestResult {
    conflicts = List.copyOf(conflicts);
    rowProblems = List.copyOf(rowProblems);
  }

  /** A reading's key. */
  public record Key(String meter, Instant time) {}
}
