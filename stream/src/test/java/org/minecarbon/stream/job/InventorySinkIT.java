package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.meter.StreamSinkService.StreamEvent;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.stream.sink.InventoryRowSink;
import org.minecarbon.stream.sink.RowSink;
import org.minecarbon.stream.topic.Inbound;

/**
 * Kafka → Flink → the enterprise's inventory (issue 15): the in-JVM KRaft broker, the job on the
 * MiniCluster, {@code InventoryRowSink} into an H2 file database migrated by Flyway, acting as a
 * DATA_ENTRY user. The oracle is the embedded path: the same example readings posted to another
 * enterprise of the same database through {@code MeterService.ingest} (what the HTTP API and {@code
 * minecarbon meters} use), whose {@code meter:} rows must equal the stream's.
 */
class InventorySinkIT {
  /** One flush per day of event time: a row gets a revision per day its content changes. */
  static final MeterJob.Options OPTIONS =
      new MeterJob.Options(Duration.ofMinutes(5), 86_400_000, 20);

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static Kraft kafka;
  static InventoryDb db;
  static long embedded;
  static Map<String, RowView> oracle;

  @BeforeAll
  static void setUp() throws Exception {
    kafka = new Kraft();
    KafkaFlinkIT.kafka = kafka;
    db = new InventoryDb("inventory-sink");
    embedded = db.enterprise();
    db.ingestEmbedded(embedded);
    oracle = db.meterRows(embedded);
    assertThat(oracle).isNotEmpty();
  }

  @AfterAll
  static void stop() throws Exception {
    db.app.close();
    kafka.close();
  }

  static void run(String topic, String group, long enterpriseId) throws Exception {
    StreamExecutionEnvironment env = KafkaFlinkIT.env();
    MeterJob.build(
        env,
        MeterJob.source(kafka.bootstrap(), topic, group, Golden.registryJson(), true),
        Golden.registryJson(),
        db.sink(enterpriseId),
        OPTIONS);
    env.execute(group);
  }

  static int distinctKeys(List<Reading> sent) {
    Set<String> keys = new HashSet<>();
    sent.forEach(r -> keys.add(r.meter() + "@" + r.time()));
    return keys.size();
  }

  /**
   * Every stream row has one audit entry per inventory revision: the create (version 0) and one per
   * update (version + 1 each).
   */
  static void assertAuditedRevisions(long enterpriseId) {
    for (RowView r : db.meterRows(enterpriseId).values()) {
      assertThat(db.audits(enterpriseId, r.id())).as(r.key()).isEqualTo(r.version() + 1);
    }
  }

  static Map<String, Long> versions(long enterpriseId) {
    Map<String, Long> out = new TreeMap<>();
    db.meterRows(enterpriseId).forEach((k, r) -> out.put(k, r.version()));
    return out;
  }

  @Test
  void job_readingsOnTopic_inventoryRowsEqualEmbeddedAndReplayAddsNoRevision() throws Exception {
    List<Reading> sent = KafkaFlinkIT.sent();
    KafkaFlinkIT.produce("inv-e2e", sent);
    long e = db.enterprise();

    run("inv-e2e", "inv-e2e-1", e);

    InventoryDb.assertSameDocuments(db.meterRows(e), oracle);
    assertAuditedRevisions(e);
    // readings stored once per (meter, instant), as many as the embedded path stored
    assertThat(db.store.meters().count(e)).isEqualTo(distinctKeys(sent));
    assertThat(db.store.meters().count(e)).isEqualTo(db.store.meters().count(embedded));
    List<StreamEvent> events = db.app.meterStream().events(e);
    // the one conflicting reading and the one bad record (KafkaFlinkIT.sent, produce)
    assertThat(events)
        .extracting(StreamEvent::code)
        .containsExactlyInAnyOrder("CONFLICT", "REJECTED_RECORD");
    assertThat(db.store.meters().conflicts(e, 0, Long.MAX_VALUE)).hasSize(1);

    // the committer writes a checkpoint's batch again when its commit was interrupted: the same
    // rows and dead letter again through the sink change nothing
    Map<String, Long> before = versions(e);
    long audit = db.store.audit().count();
    try (InventoryRowSink sink = new InventoryRowSink(db.url, "sa", "", e, InventoryDb.ACTOR)) {
      sink.upsertRows(asUpserts(db.meterRows(e)));
      String where =
          events.stream()
              .filter(ev -> ev.code().equals("REJECTED_RECORD"))
              .findFirst()
              .orElseThrow()
              .key()
              .substring("record:".length());
      sink.reject(List.of(new RowSink.Rejected(where, "again")));
    }

    assertThat(versions(e)).isEqualTo(before);
    assertThat(db.store.audit().count()).isEqualTo(audit);
    assertThat(db.app.meterStream().events(e)).hasSize(2);
  }

  /** The stored rows as the job's upserts (row JSON without completeness and estimated). */
  static List<RowUpsert> asUpserts(Map<String, RowView> rows) {
    List<RowUpsert> out = new java.util.ArrayList<>();
    rows.forEach(
        (k, r) -> {
          tools.jackson.databind.node.ObjectNode row = r.doc().deepCopy();
          double completeness = row.remove("completeness").asDouble();
          double estimated = row.remove("estimated").asDouble();
          out.add(new RowUpsert(k, 99, row.toString(), 0, completeness, estimated, ""));
        });
    return out;
  }

  @Test
  void job_readingsOfVerifiedYear_figuresNeverChangeAndRefusalRecorded() throws Exception {
    // the first run sees the readings before 2024-04-01 06:00 +08:00; then 2024 is verified; the
    // second run sees all of them (April 1st's figures would grow)
    Instant cut = Instant.parse("2024-04-01T06:00:00+08:00");
    List<Reading> all = Golden.readings();
    List<Reading> early = all.stream().filter(r -> r.time().isBefore(cut)).toList();
    KafkaFlinkIT.produce("inv-lock-1", early);
    KafkaFlinkIT.produce("inv-lock-2", all);
    long e = db.enterprise();
    run("inv-lock-1", "inv-lock-1", e);
    Map<String, RowView> verified = db.meterRows(e);
    long readings = db.store.meters().count(e);
    assertThat(verified).isNotEmpty();
    db.store.periods().transition(e, 2024, "draft", "verified", 1);

    run("inv-lock-2", "inv-lock-2", e);

    Map<String, RowView> after = db.meterRows(e);
    assertThat(after.keySet()).isEqualTo(verified.keySet());
    verified.forEach(
        (k, r) -> {
          assertThat(after.get(k).doc()).as(k).isEqualTo(r.doc());
          assertThat(after.get(k).version()).as(k).isEqualTo(r.version());
        });
    assertThat(db.store.meters().count(e)).isEqualTo(readings);
    List<StreamEvent> events = db.app.meterStream().events(e);
    // rows the second run changed (April's, never applied, at least) are refused and recorded;
    // every reading of the locked year is refused, the ones stored before included (as the
    // embedded path refuses a batch with a reading in a locked year)
    assertThat(events)
        .anySatisfy(
            ev -> {
              assertThat(ev.code()).isEqualTo("PERIOD_LOCKED");
              assertThat(ev.key()).startsWith("row:meter:");
            });
    assertThat(events)
        .filteredOn(ev -> ev.code().equals("PERIOD_LOCKED") && ev.key().startsWith("reading:"))
        .hasSize(distinctKeys(all));
  }

  @Test
  void job_taskFailsAndRestores_inventoryExactlyOnce() throws Exception {
    List<Reading> sent = KafkaFlinkIT.sent();
    KafkaFlinkIT.produce("inv-fault", sent);
    long e = db.enterprise();
    FailOnce.reset();
    StreamExecutionEnvironment env = KafkaFlinkIT.env();
    DataStream<Inbound> in =
        env.fromSource(
                MeterJob.source(
                    kafka.bootstrap(), "inv-fault", "inv-fault", Golden.registryJson(), true),
                MeterJob.watermarks(OPTIONS),
                "readings-topic")
            .map(new FailOnce(sent.size() / 2, Long.getLong("kafkaflink.sleepMillis", 15)))
            .returns(TypeInformation.of(Inbound.class));
    MeterJob.sinkTo(
        MeterJob.wire(in, Golden.registryJson(), OPTIONS), db.sink(e), OPTIONS.sinkBatch());

    env.execute("inv-fault");

    assertThat(FailOnce.FAILED).isTrue();
    assertThat(FailOnce.SEEN.get()).isGreaterThan(sent.size() + 1);
    InventoryDb.assertSameDocuments(db.meterRows(e), oracle);
    assertAuditedRevisions(e);
    // no replayed content was written: a row's audited contents never repeat (a replay writing an
    // earlier content again would show as A → B → A)
    for (RowView r : db.meterRows(e).values()) {
      List<String> contents =
          db.store.audit().ofEnterprise(e, List.of("row")).stream()
              .filter(x -> x.entityId().equals(String.valueOf(r.id())))
              .map(x -> String.valueOf(x.after()))
              .toList();
      assertThat(contents).as(r.key()).doesNotHaveDuplicates();
    }
    assertThat(db.store.meters().count(e)).isEqualTo(distinctKeys(sent));
    assertThat(db.store.meters().conflicts(e, 0, Long.MAX_VALUE)).hasSize(1);
  }
}
