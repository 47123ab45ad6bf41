package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    List<Inbound> in = readings.stream().map(r -> Inbound.ok(r, "example")).toList();
    DataStream<Inbound> src =
        env.fromData(in, TypeInformation.of(Inbound.class))
            .assignTimestampsAndWatermarks(MeterJob.watermarks(o));
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
    run(Golden.readings(), store, new MeterJob.Options(Duration.ZERO, 1, 7));
    MeterReport batch = Golden.batch();
    Golden.assertSameRows(store.rows(), batch);
    assertThat(store.rows().values()).anySatisfy(r -> assertThat((int) r[1]).isGreaterThan(1));
  }
}
