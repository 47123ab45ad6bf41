package org.minecarbon.app.meter;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.minecarbon.meter.rows.MeterReport;

/**
 * Meters of an enterprise (contract meters v1): its registry, readings over HTTP or upload stored
 * durably before they are acknowledged, and the monthly {@code meter:} rows derived from them and
 * upserted into the inventory (through {@code InventoryService}: locks, validation, audit).
 */
public interface MeterService {

  /**
   * The enterprise's registry.
   *
   * @throws org.minecarbon.app.NotFoundException when the enterprise has none yet
   */
  RegistryView registry(long enterpriseId);

  /**
   * Replaces the registry (validated against the enterprise's sites; every problem listed).
   *
   * @param expectedVersion the version replaced (0 = none yet), or null to overwrite
   * @throws org.minecarbon.app.InvalidInputException when the document has problems
   */
  RegistryView putRegistry(long enterpriseId, byte[] document, @Nullable Long expectedVersion);

  /**
   * Reads, validates (every line; nothing is stored if any line is invalid) and stores readings in
   * one transaction; after the commit, upserts the meter rows of the open months they touch.
   *
   * @param contentType {@code text/csv} or {@code application/x-ndjson} (JSON lines)
   * @throws org.minecarbon.app.InvalidInputException listing every invalid line
   * @throws org.minecarbon.app.RefusedException 409 {@code PERIOD_LOCKED} for a reading in a year
   *     that is not a draft
   */
  default IngestResult ingest(long enterpriseId, InputStream readings, String contentType) {
    return ingest(enterpriseId, readings, contentType, true);
  }

  /**
   * The same; with {@code refreshRows} false the batch is stored and acknowledged without
   * recomputing the meter rows (a bulk back-fill: the rows of those months are upserted by the next
   * batch touching them, or a re-post of any batch of the month).
   */
  IngestResult ingest(
      long enterpriseId, InputStream readings, String contentType, boolean refreshRows);

  /** The rows, alarms and completeness of a year derived from the stored readings (§4 JSON). */
  MeterReport rows(long enterpriseId, int year);
}
