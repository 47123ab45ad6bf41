package org.minecarbon.app.meter.live;

/**
 * Told after readings were committed (and the touched months' rows upserted), on the ingesting
 * thread; an implementation must return quickly and never throw.
 */
@FunctionalInterface
public interface IngestListener {

  /**
   * @param enterpriseId whose readings
   * @param accepted how many readings with a new key were stored
   */
  void ingested(long enterpriseId, int accepted);
}
