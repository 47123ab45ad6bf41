package org.minecarbon.app.meter.live;

import java.util.List;
import org.minecarbon.meter.reading.Reading;

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

  /**
   * The same with the batch's readings (its duplicates included): which months it may have touched.
   * Defaults to {@link #ingested(long, int)}.
   */
  default void ingested(long enterpriseId, int accepted, List<Reading> batch) {
    ingested(enterpriseId, accepted);
  }
}
