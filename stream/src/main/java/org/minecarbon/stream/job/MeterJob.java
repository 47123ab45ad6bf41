package org.minecarbon.stream.job;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.stream.sink.RowSink;
import org.minecarbon.stream.sink.StoreSink;
import org.minecarbon.stream.topic.Inbound;
import org.minecarbon.stream.topic.ReadingDeserializer;

/**
 * The job graph: readings topic → parse (dead letters aside) → event time with bounded
 * out-of-orderness → keyBy(meter) {@link MeterIntegration} → keyBy(row group, month) {@link
 * RowCombiner} → row upserts; alarms and accepted readings as side outputs; all into the store
 * through {@link StoreSink}.
 */
public final class MeterJob {
  private MeterJob() {}

  /** Rejected topic records. */
  public static final OutputTag<RowSink.Rejected> REJECTED =
      new OutputTag<>("rejected", TypeInformation.of(RowSink.Rejected.class));

  /**
   * @param outOfOrderness how late a reading may arrive and still be integrated in order
   * @param flushMillis event-time slot per flush of a meter (see {@link MeterIntegration})
   * @param sinkBatch records per store transaction between checkpoints
   */
  /**
   * @param outOfOrderness how far behind the newest reading a reading may arrive in order
   * @param flushMillis event-time slot of the integration (1 = after every reading)
   * @param sinkBatch rows per store write
   * @param idleAfter a partition with no record for this long stops holding back event time (a
   *     topic with more partitions than busy meters, or a meter group gone quiet, would otherwise
   *     stall every row until it sends again); its late readings are re-integrated when they come
   */
  public record Options(
      Duration outOfOrderness, long flushMillis, int sinkBatch, Duration idleAfter) {
    public Options {
      if (flushMillis < 1
          || sinkBatch < 1
          || outOfOrderness.isNegative()
          || idleAfter.isNegative()
          || idleAfter.isZero()) {
        throw new IllegalArgumentException(
            "flushMillis and sinkBatch ≥ 1, outOfOrderness ≥ 0, idleAfter > 0");
      }
    }

    /** With the default idle timeout of one minute. */
    public Options(Duration outOfOrderness, long flushMillis, int sinkBatch) {
      this(outOfOrderness, flushMillis, sinkBatch, DEFAULT_IDLE);
    }

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(1);

    public static Options defaults() {
      return new Options(Duration.ofMinutes(5), 60_000, 500);
    }
  }

  /** The job's three outputs and its dead letters. */
  public record Outputs(
      DataStream<RowUpsert> rows,
      DataStream<MeterAlarm> alarms,
      DataStream<AcceptedReading> accepted,
      DataStream<RowSink.Rejected> rejected) {}

  /** Event time: the reading's instant; a rejected record does not move the watermark. */
  public static WatermarkStrategy<Inbound> watermarks(Options o) {
    return WatermarkStrategy.<Inbound>forBoundedOutOfOrderness(o.outOfOrderness())
        .withTimestampAssigner(
            (in, ts) -> in.reading() == null ? Long.MIN_VALUE : in.reading().time().toEpochMilli())
        .withIdleness(o.idleAfter());
  }

  /**
   * The Kafka source of the readings topic: starts at the earliest offset (restores take each
   * split's offset from the checkpoint); offsets are committed to the group on checkpoint
   * completion, for monitoring only.
   */
  public static KafkaSource<Inbound> source(
      String bootstrap, String topic, String group, String registryJson, boolean bounded) {
    KafkaSourceBuilder<Inbound> b =
        KafkaSource.<Inbound>builder()
            .setBootstrapServers(bootstrap)
            .setTopics(topic)
            .setGroupId(group)
            // earliest, not the group's committed offsets: a split's position must come from the
            // checkpoint alone (docs/monitoring.md, "The late-failure finding"); the committed
            // offsets are for monitoring. A fresh start without state re-reads the retained topic,
            // which the idempotent sink absorbs.
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setDeserializer(new ReadingDeserializer(registryJson))
            .setProperty("commit.offsets.on.checkpoint", "true")
            .setProperty("isolation.level", "read_committed");
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  /** Wires the job on a stream of parsed records with timestamps and watermarks. */
  public static Outputs wire(DataStream<Inbound> inbound, String registryJson, Options o) {
    SingleOutputStreamOperator<Reading> readings =
        inbound.process(new Split()).name("parse").uid("parse");
    SingleOutputStreamOperator<MonthPiece> pieces =
        readings
            .keyBy(r -> r.meter(), Types.STRING)
            .process(new MeterIntegration(registryJson, o.flushMillis()))
            .name("integrate-meter")
            .uid("integrate-meter");
    DataStream<RowUpsert> rows =
        pieces
            .keyBy(MonthPiece::key, Types.STRING)
            .process(new RowCombiner(registryJson))
            .name("combine-rows")
            .uid("combine-rows");
    return new Outputs(
        rows,
        pieces.getSideOutput(MeterIntegration.ALARMS),
        pieces.getSideOutput(MeterIntegration.ACCEPTED),
        readings.getSideOutput(REJECTED));
  }

  /** Sends every output into the store. */
  public static void sinkTo(Outputs out, StoreSink.Factory store, int batch) {
    out.accepted()
        .sinkTo(sink(store, RowSink::insertReadings, batch))
        .name("store-readings")
        .uid("store-readings");
    out.rows().sinkTo(sink(store, RowSink::upsertRows, batch)).name("store-rows").uid("store-rows");
    out.alarms()
        .sinkTo(sink(store, RowSink::insertAlarms, batch))
        .name("store-alarms")
        .uid("store-alarms");
    out.rejected()
        .sinkTo(sink(store, RowSink::reject, batch))
        .name("store-rejected")
        .uid("store-rejected");
  }

  private static <T extends java.io.Serializable> org.apache.flink.api.connector.sink2.Sink<T> sink(
      StoreSink.Factory store, StoreSink.Write<T> write, int batch) {
    return store.afterCheckpoint()
        ? new org.minecarbon.stream.sink.CheckpointedStoreSink<>(store, write, batch)
        : new StoreSink<>(store, write, batch);
  }

  /** The whole pipeline from Kafka into the store. */
  public static void build(
      StreamExecutionEnvironment env,
      KafkaSource<Inbound> source,
      String registryJson,
      StoreSink.Factory store,
      Options o) {
    DataStream<Inbound> in =
        env.fromSource(source, watermarks(o), "readings-topic").uid("readings-topic");
    sinkTo(wire(in, registryJson, o), store, o.sinkBatch());
  }

  /** Valid readings on, dead letters to {@link #REJECTED}. */
  static final class Split extends ProcessFunction<Inbound, Reading> {
    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(Inbound in, Context ctx, Collector<Reading> out) {
      Reading r = in.reading();
      if (r == null) {
        ctx.output(REJECTED, new RowSink.Rejected(in.where(), in.problems()));
      } else {
        out.collect(r);
      }
    }
  }
}
