package org.minecarbon.app.meter;

import java.util.List;
import org.minecarbon.core.result.Issue;

/**
 * The Kafka → Flink job's way into the enterprise's inventory (issue 15): the job computes the
 * {@code meter:} rows itself and hands them here in batches; they are upserted exactly as the
 * embedded path upserts its rows (through {@code InventoryService}: validation, a revision and an
 * audit entry per change, an unchanged row makes no revision, rows of a year that is not a draft
 * refused and never changed). Every call is idempotent, so the job may write a batch again after a
 * restore: a row equal to the stored one makes no revision, readings are stored once per (meter,
 * instant), events once per key. Domain refusals are returned and recorded, never thrown: a locked
 * year must not crash the job.
 */
public interface StreamSinkService {

  /**
   * A row computed by the job.
   *
   * @param id the row id ({@code meter:…}, as {@code minecarbon meters rows})
   * @param revision the job's revision of the row (1, 2, … per content change)
   * @param row the inventory v1 activity row as JSON (without completeness and estimated)
   */
  record StreamRow(String id, int revision, String row, double completeness, double estimated) {}

  /** A reading the job accepted, as its §2 JSON line; key (meter, instant in epoch ms). */
  record StreamReading(String meter, long timeMs, String line) {}

  /** A refusal, dead letter or conflict, recorded once per key. */
  record StreamEvent(String key, String code, String message) {}

  /**
   * What a call did.
   *
   * @param changed rows added or changed in the inventory, or readings newly stored
   * @param skipped rows equal to the stored ones or superseded in the batch, or readings already
   *     stored
   * @param refused rows or readings of a year that is not a draft, or that the inventory refused
   * @param problems the refusals (each also recorded as an event)
   */
  record Outcome(int changed, int skipped, int refused, List<Issue> problems) {
    public Outcome {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Refuses (404, 403) an actor who may not write the enterprise's meter data: outside its scope,
   * limited to some sites, or without {@code EDIT_DATA}. The job calls it when a task opens its
   * sink, so a misconfigured service user stops the job at once.
   */
  void requireWriter(long enterpriseId);

  /** Upserts the rows (the highest revision of each id in the batch wins). */
  Outcome upsertRows(long enterpriseId, List<StreamRow> rows);

  /** Stores the readings of draft years with the embedded ingestion's store code. */
  Outcome storeReadings(long enterpriseId, List<StreamReading> readings);

  /** Records dead letters and conflicts (a new conflict also as the store's conflict record). */
  Outcome record(long enterpriseId, List<StreamEvent> events);

  /** Every recorded event of the enterprise, by key. */
  List<StreamEvent> events(long enterpriseId);
}
