package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.stream.topic.Inbound;

/**
 * Golden (a): the Flink job over {@code examples/meters} (MiniCluster, parallelism 2) stores the
 * same rows, quantity by quantity, and the same alarms as the embedded path ({@code io.meter} +
 * {@code MeterRows.compute} called directly: {@link Golden}).
 */
class MeterJobGoldenIT {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static void run(List<Reading> readings, H2Store store, MeterJob.Options o) throws Exception {
    run(readings, store, o, 2, MeterJob.watermarks(o));
  }

  static void run(
      List<Reading> readings,
      H2Store store,
      MeterJob.Options o,
      int parallelism,
      WatermarkStrategy<Inbound> watermarks)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    List<Inbound> in = readings.stream().map(r -> Inbound.ok(r, "example")).toList();
    DataStream<Inbound> src =
        env.fromData(in, TypeInformation.of(Inbound.class))
            .assignTimestampsAndWatermarks(watermarks);
    MeterJob.sinkTo(MeterJob.wire(src, Golden.registryJson(), o), store, o.sinkBatch());
    env.execute("golden");
  }

  @Test
  void job_examplesInTimeOrder_rowsAndAlarmsEqualTheEmbeddedPath() throws Exception {
    H2Store store = H2Store.create("golden");
    List<Reading> readings = Golden.readings();
    run(readings, store, new MeterJob.Options(Duration.ofMinutes(5), 3_600_000, 50));
    MeterReport batch = Golden.batch();
    assertThat(batch.rows()).isNotEmpty();
    Golden.assertSameRows(store.rows(), batch);
    assertThat(store.alarms()).containsExactlyElementsOf(Golden.alarms(batch));
    // every reading of the examples is distinct on (meter, instant): all stored once
    assertThat(store.count("meter_stream_readings")).isEqualTo(readings.size());
  }

  @Test
  void job_flushAfterEveryReading_sameFinalRowsWithMoreRevisions() throws Exception {
    H2Store store = H2Store.create("golden-eager");
    // a watermark after every reading, on one channel, so that every 1 ms flush slot fires before
    // the next reading arrives whatever the machine's speed (periodic watermarks fire only when
    // the 200 ms timer happens to run between readings: on a fast machine never, and the test
    // then saw one revision per row)
    run(Golden.readings(), store, new MeterJob.Options(Duration.ZERO, 1, 7), 1, everyReading());
    MeterReport batch = Golden.batch();
    Golden.assertSameRows(store.rows(), batch);
    assertThat(store.rows().values()).anySatisfy(r -> assertThat((int) r[1]).isGreaterThan(1));
  }

  /**
   * Late readings (behind the watermark: a partition that was idle wakes up, a meter's backlog
   * arrives). The examples end at one instant for every meter; a further return-air reading 30
   * minutes later moves the watermark past every meter's last reading (all their flush timers
   * fire), and only then a reading from the middle of each meter's history arrives. The contract
   * accepts them while their month is open: the final rows equal the batch over the same readings.
   * Before session 8 the late reading's flush integrated only up to its own slot and left its month
   * without the readings after it (D-01 April 701.4 kg instead of 729.0).
   */
  @Test
  void job_lateReadingsAfterEveryFlush_sameFinalRows() throws Exception {
    H2Store store = H2Store.create("golden-late");
    List<Reading> inOrder = Golden.readings();
    Map<String, List<Integer>> byMeter = new LinkedHashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      byMeter.computeIfAbsent(inOrder.get(i).meter(), k -> new ArrayList<>()).add(i);
    }
    Set<Integer> late = new TreeSet<>();
    byMeter.values().forEach(ix -> late.add(ix.get(ix.size() / 2)));
    List<Reading> sent = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      if (!late.contains(i)) {
        sent.add(inOrder.get(i));
      }
    }
    Reading last = inOrder.get(byMeter.get("RA-1").get(byMeter.get("RA-1").size() - 1));
    Instant later = last.time().plus(Duration.ofMinutes(30));
    sent.add(
        last.isPair()
            ? Reading.pair("RA-1", later, last.flow(), last.concentration())
            : Reading.value("RA-1", later, last.value()));
    late.forEach(i -> sent.add(inOrder.get(i)));
    run(sent, store, new MeterJob.Options(Duration.ZERO, 1, 7), 1, everyReading());
    Golden.assertSameRows(
        store.rows(), MeterRows.compute(Golden.registry(), sent, y -> true, Instant.now()));
  }

  /** Punctuated: the watermark follows every reading (the readings come in time order). */
  private static WatermarkStrategy<Inbound> everyReading() {
    return WatermarkStrategy.<Inbound>forGenerator(
            ctx ->
                new WatermarkGenerator<Inbound>() {
                  @Override
                  public void onEvent(Inbound event, long timestamp, WatermarkOutput output) {
                    output.emitWatermark(new Watermark(timestamp - 1));
                  }

                  @Override
                  public void onPeriodicEmit(WatermarkOutput output) {}
                })
        .withTimestampAssigner(
            (in, ts) -> in.reading() == null ? Long.MIN_VALUE : in.reading().time().toEpochMilli());
  }
}
