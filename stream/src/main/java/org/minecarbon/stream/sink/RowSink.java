package org.minecarbon.stream.sink;

import java.util.List;
import org.minecarbon.stream.job.AcceptedReading;
import org.minecarbon.stream.job.MeterAlarm;
import org.minecarbon.stream.job.RowUpsert;

/**
 * The store port of the stream job. Every write is idempotent, so replaying the records since the
 * last checkpoint after a failure leaves the store as if they had been written once: a row keeps
 * its highest revision, a reading its first value on (meter, instant), an alarm exists once on
 * (meter, code, time). Each call is one transaction, durable when it returns.
 */
public interface RowSink extends AutoCloseable {
  void upsertRows(List<RowUpsert> rows);

  void insertAlarms(List<MeterAlarm> alarms);

  void insertReadings(List<AcceptedReading> readings);

  /** Records the job could not read (dead letters), idempotent on {@code where}. */
  void reject(List<Rejected> records);

  /** A dead letter: the record's topic-partition@offset and its problems. */
  record Rejected(String where, String problems) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Override
  void close();
}
