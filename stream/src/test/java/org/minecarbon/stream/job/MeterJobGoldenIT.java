package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
