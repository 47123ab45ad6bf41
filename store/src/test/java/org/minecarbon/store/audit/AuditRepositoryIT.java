package org.minecarbon.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.period.PeriodRecord;
import org.minecarbon.store.period.PeriodRepository;
import org.minecarbon.store.period.PeriodVersionRecord;
import tools.jackson.databind.node.ObjectNode;

/** The audit hash chain and the year workflow store on H2 and (when configured) PostgreSQL. */
class AuditRepositoryIT {

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void append_entries_chainAndListByEntity(DataSource ds) {
    Store store = new Store(ds);
    String entityId = UUID.randomUUID().toString();
    AuditEntry first = store.audit().append(change(entityId, "create", null, doc(1)));
    AuditEntry second = store.audit().append(change(entityId, "update", doc(1), doc(2)));

    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
    List<AuditEntry> listed = store.audit().list(new AuditQuery(null, 7L, "row", entityId, 0, 10));
    assertThat(listed).extracting(AuditEntry::seq).containsExactly(second.seq(), first.seq());
    assertThat(listed.get(0).before()).isEqualTo("{\"quantity\":1}");
    assertThat(listed.get(0).reason()).isEqualTo("why");
    assertThat(store.audit().list(new AuditQuery(null, 7L, "row", entityId, 1, 10)))
        .extracting(AuditEntry::seq)
        .containsExactly(first.seq());
    assertThat(store.audit().verify().ok()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void append_concurrently_chainDoesNotFork(DataSource ds) throws Exception {
    Store store = new Store(ds);
    long before = store.audit().count();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AuditEntry>> all = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        all.add(pool.submit(() -> store.audit().append(change("c" + n, "create", null, doc(n)))));
      }
      for (Future<AuditEntry> f : all) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(store.audit().count()).isEqualTo(before + 40);
    AuditVerification v = store.audit().verify();
    assertThat(v.ok()).as(v.message()).isTrue();
    assertThat(v.entries()).isEqualTo(before + 40);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void verify_afterJsonChangedByPlainSql_reportsThatSeq(DataSource ds) throws Exception {
    Store store = new Store(ds);
    AuditEntry e = store.audit().append(change("t", "update", doc(1), doc(2)));
    store.audit().append(change("t", "update", doc(2), doc(3)));
    try {
      setAfter(ds, e.seq(), "{\"quantity\":200}");

      AuditVerification v = store.audit().verify();

      assertThat(v.ok()).isFalse();
      assertThat(v.firstBroken()).isEqualTo(e.seq());
      assertThat(v.message()).contains("entry " + e.seq()).contains("hash mismatch");
    } finally {
      setAfter(ds, e.seq(), e.after());
    }
    assertThat(store.audit().verify().ok()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void append_rolledBackWithItsTransaction_leavesNoEntry(DataSource ds) {
    Store store = new Store(ds);
    long before = store.audit().count();
    try {
      store.inTransaction(
          () -> {
            store.audit().append(change("rb", "create", null, doc(1)));
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // the change failed: its entry must go too
    }
    assertThat(store.audit().count()).isEqualTo(before);
    assertThat(store.audit().verify().ok()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void periods_transitionsVersionsAndSnapshots(DataSource ds) {
    Store store = new Store(ds);
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    ObjectNode header = JsonCodec.mapper().createObjectNode();
    header.putObject("enterprise").put("name", "E");
    long e = store.inventories().createEnterprise(group, header);
    PeriodRepository periods = store.periods();

    assertThat(periods.get(e, 2024).status()).isEqualTo("draft");
    assertThat(periods.transition(e, 2024, "draft", "submitted", 1)).isTrue();
    assertThat(periods.transition(e, 2024, "draft", "submitted", 1)).isFalse();
    periods.transition(e, 2024, "submitted", "verified", 1);
    String sha = periods.addVersion(e, 2024, 1, "v", "{\"a\":1}");
    // as the workflow does: the verification's audit entry records the snapshot's hash
    store
        .audit()
        .append(
            new AuditChange(
                "v",
                group,
                e,
                "period",
                "2024",
                "verify",
                null,
                JsonCodec.mapper()
                    .createObjectNode()
                    .put("status", "verified")
                    .put("version", 1)
                    .put("snapshotSha256", sha),
                null));
    periods.markReopened(e, 2024, 1, "r", "typo");
    periods.transition(e, 2024, "verified", "draft", 2);

    assertThat(periods.get(e, 2024)).isEqualTo(new PeriodRecord(e, 2024, "draft", 2));
    assertThat(periods.frozen(e)).isEmpty();
    PeriodVersionRecord v1 = periods.version(e, 2024, 1).orElseThrow();
    assertThat(store.audit().recordedSnapshotSha256(e, 2024, 1)).contains(sha);
    assertThat(store.audit().verifySnapshots()).isEmpty();
    // sha256("{\"a\":1}") computed with `printf '{"a":1}' | sha256sum`
    assertThat(sha)
        .isEqualTo(v1.snapshotSha256())
        .isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    assertThat(v1.reopenReason()).isEqualTo("typo");
    assertThat(periods.versions(e, 2024)).hasSize(1);
    assertThat(periods.hasVersions(e)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void verify_timeShiftedByOneMicrosecond_reportsThatSeq(DataSource ds) throws Exception {
    // issue 11: the hash covered milliseconds only; it now covers the stored precision
    Store store = new Store(ds);
    AuditEntry e = store.audit().append(change("t", "update", doc(1), doc(2)));
    store.audit().append(change("t", "update", doc(2), doc(3)));
    try {
      setAt(ds, e.seq(), e.at().plusNanos(1_000));

      AuditVerification v = store.audit().verify();

      assertThat(v.ok()).isFalse();
      assertThat(v.firstBroken()).isEqualTo(e.seq());
    } finally {
      setAt(ds, e.seq(), e.at());
    }
    assertThat(store.audit().verify().ok()).isTrue();
  }

  private static void setAt(DataSource ds, long seq, java.time.Instant at) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET at = ? WHERE seq = ?")) {
      ps.setObject(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
      ps.setLong(2, seq);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private static void setAfter(DataSource ds, long seq, String after) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE audit_log SET after_json = ? WHERE seq = ?")) {
      ps.setString(1, after);
      ps.setLong(2, seq);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private static AuditChange change(
      String entityId, String action, ObjectNode before, ObjectNode after) {
    return new AuditChange("alice", 1L, 7L, "row", entityId, action, before, after, "why");
  }

  private static ObjectNode doc(int quantity) {
    return JsonCodec.mapper().createObjectNode().put("quantity", quantity);
  }
}
