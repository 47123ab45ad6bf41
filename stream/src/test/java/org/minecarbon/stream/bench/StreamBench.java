package org.minecarbon.stream.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.stream.job.AcceptedReading;
import org.minecarbon.stream.job.H2Store;
import org.minecarbon.stream.job.Kraft;
import org.minecarbon.stream.job.MeterAlarm;
import org.minecarbon.stream.job.MeterJob;
import org.minecarbon.stream.job.RowUpsert;
import org.minecarbon.stream.sink.RowSink;
import org.minecarbon.stream.sink.StoreSink;
import org.minecarbon.stream.topic.Inbound;
import org.minecarbon.stream.topic.ReadingProducer;

/**
 * Issue 15's stream benchmarks (run by {@code bench/run-stream.sh}):
 *
 * <ul>
 *   <li>{@code e2e METERS RATE SECONDS}: an in-JVM KRaft broker, the job on a local MiniCluster
 *       (parallelism 2, checkpoints every second), an H2 store; a producer paced at RATE readings/s
 *       whose event time is the send time; latency of a reading = its durable commit in the store −
 *       its send time; sustained = readings stored ÷ (last commit − first send).
 *   <li>{@code job METERS READINGS}: the job alone on a local MiniCluster over in-memory events
 *       (rate pairs 10 s apart) to a discarding sink, against Flink's stateless {@code map(x -> x)}
 *       to a discarding sink over the same events: wall time of each, ratio.
 * </ul>
 */
public final class StreamBench {
  private StreamBench() {}

  static final String REGISTRY_HEAD =
      "{\"format\":\"minecarbon/meters@1\",\"timezone\":\"Asia/Shanghai\",\"meters\":[";

  /** METERS rate meters (ventilation CH4) on 10 sites. */
  static String registry(int meters) {
    StringBuilder b = new StringBuilder(REGISTRY_HEAD);
    for (int i = 0; i < meters; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":\"RA-")
          .append(i)
          .append("\",\"site\":\"s")
          .append(i % 10)
          .append("\",\"kind\":\"ventilation-ch4\",\"mode\":\"rate\",\"flowUnit\":\"m3/min\",")
          .append("\"concentrationUnit\":\"%\"}");
    }
    return b.append("]}").toString();
  }

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "e2e" ->
          e2e(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "job" -> job(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      default ->
          System.err.println("usage: StreamBench e2e METERS RATE SECONDS | job METERS READINGS");
    }
  }

  /** Records the commit latency of every stored reading (static: the MiniCluster is in-JVM). */
  static final ConcurrentLinkedQueue<long[]> COMMITS = new ConcurrentLinkedQueue<>();

  record Timed(H2Store store) implements StoreSink.Factory {
    @Override
    public RowSink open() {
      RowSink inner = store.open();
      return new RowSink() {
        @Override
        public void upsertRows(List<RowUpsert> rows) {
          inner.upsertRows(rows);
        }

        @Override
        public void insertAlarms(List<MeterAlarm> alarms) {
          inner.insertAlarms(alarms);
        }

        @Override
        public void insertReadings(List<AcceptedReading> readings) {
          inner.insertReadings(readings);
          long now = System.currentTimeMillis();
          for (AcceptedReading r : readings) {
            COMMITS.add(new long[] {r.time(), now});
          }
        }

        @Override
        public void reject(List<Rejected> records) {
          inner.reject(records);
        }

        @Override
        public void close() {
          inner.close();
        }
      };
    }
  }

  static void e2e(int meters, int rate, int seconds) throws Exception {
    String reg = registry(meters);
    try (Kraft kafka = new Kraft()) {
      kafka.createTopic("readings", 4);
      H2Store store = H2Store.create("bench");
      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
      env.enableCheckpointing(1000);
      MeterJob.Options o = new MeterJob.Options(Duration.ofMillis(200), 1000, 2000);
      MeterJob.build(
          env,
          MeterJob.source(kafka.bootstrap(), "readings", "bench", reg, false),
          reg,
          new Timed(store),
          o);
      JobClient job = env.executeAsync("bench-e2e");
      Thread.sleep(5000);
      long total = (long) rate * seconds;
      long[] last = new long[meters];
      long start = System.currentTimeMillis();
      java.util.List<java.util.concurrent.Future<?>> acks = new java.util.ArrayList<>();
      try (ReadingProducer p = new ReadingProducer(kafka.bootstrap(), "readings")) {
        for (long i = 0; i < total; i++) {
          long due = start + i * 1000 / rate;
          long now;
          while ((now = System.currentTimeMillis()) < due) {
            Thread.onSpinWait();
          }
          int m = (int) (i % meters);
          long t = Math.max(now, last[m] + 1);
          last[m] = t;
          acks.add(p.send(Reading.pair("RA-" + m, Instant.ofEpochMilli(t), 3000 + (i % 7), 0.4)));
        }
        p.flush();
      }
      for (java.util.concurrent.Future<?> ack : acks) {
        ack.get(); // a refused or expired send fails the run here, not as a missing reading later
      }
      long deadline = System.currentTimeMillis() + 120_000;
      while (COMMITS.size() < total && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
      job.cancel().get();
      report(total, start);
    }
  }

  static void report(long total, long start) {
    long[] lat = COMMITS.stream().mapToLong(c -> c[1] - c[0]).sorted().toArray();
    long lastCommit = COMMITS.stream().mapToLong(c -> c[1]).max().orElse(start);
    System.out.printf(
        Locale.ROOT,
        "e2e: sent %d, stored %d, sustained %.0f readings/s, latency p50 %d ms, p99 %d ms, max %d ms%n",
        total,
        lat.length,
        lat.length * 1000.0 / Math.max(1, lastCommit - start),
        pct(lat, 0.50),
        pct(lat, 0.99),
        lat.length == 0 ? -1 : lat[lat.length - 1]);
  }

  static long pct(long[] sorted, double q) {
    return sorted.length == 0
        ? -1
        : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  }

  static List<Inbound> events(int meters, int n) {
    List<Inbound> out = new ArrayList<>(n);
    long t0 = Instant.parse("2024-03-25T00:00:00Z").toEpochMilli();
    for (int i = 0; i < n; i++) {
      long t = t0 + (long) (i / meters) * 10_000;
      out.add(
          Inbound.ok(
              Reading.pair("RA-" + (i % meters), Instant.ofEpochMilli(t), 3000 + (i % 7), 0.4),
              "gen"));
    }
    return out;
  }

  static void job(int meters, int n) throws Exception {
    String reg = registry(meters);
    List<Inbound> ev = events(meters, n);
    MeterJob.Options o = new MeterJob.Options(Duration.ofMinutes(1), 600_000, 1000);
    double[] job = new double[3];
    double[] pass = new double[3];
    for (int round = 0; round < 3; round++) {
      pass[round] = run(ev, o, null);
      job[round] = run(ev, o, reg);
    }
    Arrays.sort(job);
    Arrays.sort(pass);
    System.out.printf(
        Locale.ROOT,
        "job: %d readings, %d meters: job median %.2f s (%.0f readings/s), pass-through median %.2f s (%.0f readings/s), ratio job/pass %.2f%n",
        n,
        meters,
        job[1],
        n / job[1],
        pass[1],
        n / pass[1],
        job[1] / pass[1]);
  }

  /** Seconds for one run: the job (registry given) or the stateless pass-through. */
  static double run(List<Inbound> ev, MeterJob.Options o, String reg) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    DataStream<Inbound> src =
        env.fromData(ev, TypeInformation.of(Inbound.class))
            .assignTimestampsAndWatermarks(MeterJob.watermarks(o));
    if (reg == null) {
      src.map(x -> x).returns(TypeInformation.of(Inbound.class)).sinkTo(new Discard<>());
    } else {
      MeterJob.Outputs out = MeterJob.wire(src, reg, o);
      out.rows().sinkTo(new Discard<>());
      out.alarms().sinkTo(new Discard<>());
      out.accepted().sinkTo(new Discard<>());
    }
    long s = System.nanoTime();
    env.execute("bench");
    return (System.nanoTime() - s) / 1e9;
  }

  static final class Discard<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
      return new SinkWriter<>() {
        @Override
        public void write(T element, Context context) {}

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }
}
