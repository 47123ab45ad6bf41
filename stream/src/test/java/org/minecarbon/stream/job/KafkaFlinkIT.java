package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.stream.topic.Inbound;
import org.minecarbon.stream.topic.ReadingProducer;

/**
 * End to end (b) and fault (c): readings produced to an in-JVM KRaft broker (topic of 4 partitions
 * keyed by meter), the job on Flink's MiniCluster with checkpoints, rows in an H2 sink; compared
 * with {@code MeterRows.compute} over the same readings in the order sent.
 */
class KafkaFlinkIT {
  static final int PARTITIONS = 4;

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static Kraft kafka;

  @BeforeAll
  static void broker() throws Exception {
    kafka = new Kraft();
  }

  @AfterAll
  static void stop() throws Exception {
    kafka.close();
  }

  /**
   * The examples in time order, every 10th reading sent twice (a duplicate: ignored) and one sent
   * again with another value (CONFLICT: the first is kept).
   */
  static List<Reading> sent() throws Exception {
    List<Reading> base = Golden.readings();
    List<Reading> out = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      out.add(base.get(i));
      if (i % 10 == 0) {
        out.add(base.get(i));
      }
    }
    Reading c = base.get(base.size() / 2);
    out.add(
        c.isPair()
            ? Reading.pair(c.meter(), c.time(), c.flow() + 1, c.concentration())
            : Reading.value(c.meter(), c.time(), c.value() + 1));
    return out;
  }

  /**
   * Sends the readings and the bad record and waits until the broker has every one of them: each
   * send's future is checked (a failed send fails the test here, not as a mysteriously short topic
   * later), and the topic's end offsets must add up to the records sent.
   */
  static Map<Integer, Long> produce(String topic, List<Reading> readings) throws Exception {
    kafka.createTopic(topic, PARTITIONS);
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    try (ReadingProducer p = new ReadingProducer(kafka.bootstrap(), topic)) {
      readings.forEach(r -> acks.add(p.send(r)));
      p.flush();
    }
    try (var raw =
        new org.apache.kafka.clients.producer.KafkaProducer<String, String>(
            java.util.Map.of("bootstrap.servers", kafka.bootstrap()),
            new org.apache.kafka.common.serialization.StringSerializer(),
            new org.apache.kafka.common.serialization.StringSerializer())) {
      acks.add(
          raw.send(
              new org.apache.kafka.clients.producer.ProducerRecord<>(
                  topic, "RA-1", "{\"meter\":\"NOPE\"}")));
    }
    for (Future<RecordMetadata> ack : acks) {
      ack.get(); // throws if the broker refused or the send timed out
    }
    Map<Integer, Long> ends = kafka.endOffsets(topic, PARTITIONS);
    assertThat(ends.values().stream().mapToLong(Long::longValue).sum())
        .as("records on %s before the job starts, by partition: %s", topic, ends)
        .isEqualTo(readings.size() + 1);
    return ends;
  }

  static StreamExecutionEnvironment env() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.enableCheckpointing(100);
    return env;
  }

  static void assertStoreEqualsBatch(H2Store store, List<Reading> sent) throws Exception {
    MeterReport batch = MeterRows.compute(Golden.registry(), sent, y -> true, Instant.now());
    Golden.assertSameRows(store.rows(), batch);
    assertThat(store.alarms()).containsExactlyElementsOf(Golden.alarms(batch));
    assertThat(store.alarms()).anyMatch(a -> a.startsWith("CONFLICT "));
    Set<String> keys = new HashSet<>();
    sent.forEach(r -> keys.add(r.meter() + "@" + r.time()));
    assertThat(store.count("meter_stream_readings")).isEqualTo(keys.size());
    assertThat(store.count("meter_stream_rejected")).isEqualTo(1);
  }

  @Test
  void job_readingsOnTopic_storeHoldsTheEmbeddedRows() throws Exception {
    List<Reading> sent = sent();
    produce("readings-e2e", sent);
    H2Store store = H2Store.create("e2e");
    StreamExecutionEnvironment env = env();
    MeterJob.Options o = new MeterJob.Options(Duration.ofMinutes(5), 600_000, 50);
    MeterJob.build(
        env,
        MeterJob.source(kafka.bootstrap(), "readings-e2e", "e2e", Golden.registryJson(), true),
        Golden.registryJson(),
        store,
        o);
    env.execute("e2e");
    assertStoreEqualsBatch(store, sent);
  }

  /**
   * A task failure after {@code eighths}/8 of the records (and after a completed checkpoint): the
   * job restores and replays; every record is read at least once, the store equals the batch.
   */
  @ParameterizedTest(name = "failure after {0}/8 of the records")
  @ValueSource(ints = {1, 4, 7})
  void job_taskFailsMidStream_restoresFromCheckpointWithSameRowsAndNoReadingTwice(int eighths)
      throws Exception {
    List<Reading> sent = sent();
    String name = "fault-" + eighths;
    Map<Integer, Long> ends = produce("readings-" + name, sent);
    H2Store store = H2Store.create(name);
    FailOnce.reset();
    StreamExecutionEnvironment env = env();
    MeterJob.Options o = new MeterJob.Options(Duration.ofMinutes(5), 600_000, 20);
    DataStream<Inbound> in =
        env.fromSource(
                MeterJob.source(
                    kafka.bootstrap(), "readings-" + name, name, Golden.registryJson(), true),
                MeterJob.watermarks(o),
                "readings-topic")
            .map(new FailOnce(sent.size() * eighths / 8, Long.getLong("kafkaflink.sleepMillis", 3)))
            .returns(TypeInformation.of(Inbound.class));
    MeterJob.sinkTo(MeterJob.wire(in, Golden.registryJson(), o), store, o.sinkBatch());
    env.execute(name);
    assertThat(FailOnce.FAILED).isTrue();
    assertThat(FailOnce.CHECKPOINTS_BEFORE_FAILURE.get()).isPositive();
    // every record of the topic (the readings and the bad one) was read at least once
    assertThat(FailOnce.DISTINCT)
        .as("seen by partition: %s; end offsets: %s", FailOnce.seenByPartition(), ends)
        .hasSize(sent.size() + 1);
    // the replay after restore re-reads records already written: still each reading once
    assertThat(FailOnce.SEEN.get()).isGreaterThan(sent.size() + 1);
    assertStoreEqualsBatch(store, sent);
  }

  /**
   * The job as deployed ({@code MeterJobMain}): an <em>unbounded</em> source and a task failure
   * after half the records. Partition 0 of the topic holds no reading: rows must still reach the
   * store while the job runs (the idle partition stops holding back event time after {@code
   * idleAfter}; without it no row would be written until that partition received a reading). After
   * the restore, the group's committed offsets (written when a checkpoint completes, after the
   * durable write) must reach every partition's end with every record read and every reading stored
   * once. A record the job never read would leave the offsets short and fail at the deadline,
   * naming the partition. The job is then cancelled: an unbounded job never integrates its last
   * out-of-orderness window, so exact row equality is the bounded tests' part.
   */
  @Test
  void job_unboundedAsDeployed_taskFails_readsEveryRecordAndRowsFlowPastAnEmptyPartition()
      throws Exception {
    List<Reading> sent = sent();
    String name = "deployed";
    String topic = "readings-" + name;
    Map<Integer, Long> ends = produce(topic, sent);
    assertThat(ends).containsValue(0L); // an empty partition: what the idle timeout is for
    H2Store store = H2Store.create(name);
    FailOnce.reset();
    StreamExecutionEnvironment env = env();
    MeterJob.Options o =
        new MeterJob.Options(Duration.ofMinutes(5), 600_000, 20, Duration.ofMillis(200));
    DataStream<Inbound> in =
        env.fromSource(
                MeterJob.source(kafka.bootstrap(), topic, name, Golden.registryJson(), false),
                MeterJob.watermarks(o),
                "readings-topic")
            .map(new FailOnce(sent.size() / 2, Long.getLong("kafkaflink.sleepMillis", 3)))
            .returns(TypeInformation.of(Inbound.class));
    MeterJob.sinkTo(MeterJob.wire(in, Golden.registryJson(), o), store, o.sinkBatch());
    Set<String> keys = new HashSet<>();
    sent.forEach(r -> keys.add(r.meter() + "@" + r.time()));
    JobClient job = env.executeAsync(name);
    try {
      Map<Integer, Long> committed = Map.of();
      long rows = 0;
      long readings = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (!(FailOnce.FAILED.get()
          && reached(committed, ends)
          && rows > 0
          && readings == keys.size())) {
        if (System.nanoTime() > deadline || job.getJobStatus().get().isGloballyTerminalState()) {
          throw new AssertionError(
              "the running job did not read and store the whole topic after the restore: failed "
                  + FailOnce.FAILED.get()
                  + ", committed offsets "
                  + committed
                  + ", end offsets "
                  + ends
                  + ", rows "
                  + rows
                  + ", readings stored "
                  + readings
                  + " of "
                  + keys.size()
                  + ", seen by partition "
                  + FailOnce.seenByPartition()
                  + ", status "
                  + job.getJobStatus().get());
        }
        Thread.sleep(100);
        committed = kafka.committedOffsets(name, topic);
        rows = store.count("meter_stream_rows");
        readings = store.count("meter_stream_readings");
      }
    } finally {
      job.cancel().get(1, TimeUnit.MINUTES);
    }
    assertThat(FailOnce.CHECKPOINTS_BEFORE_FAILURE.get()).isPositive();
    assertThat(FailOnce.DISTINCT)
        .as("seen by partition: %s; end offsets: %s", FailOnce.seenByPartition(), ends)
        .hasSize(sent.size() + 1);
    assertThat(FailOnce.SEEN.get()).isGreaterThan(sent.size() + 1);
    assertThat(store.count("meter_stream_rejected")).isEqualTo(1);
  }

  /** Every non-empty partition's committed offset has reached its end offset. */
  static boolean reached(Map<Integer, Long> committed, Map<Integer, Long> ends) {
    return ends.entrySet().stream()
        .allMatch(
            e -> e.getValue() == 0 || committed.getOrDefault(e.getKey(), -1L) >= e.getValue());
  }
}
