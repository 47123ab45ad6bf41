package org.minecarbon.app.meter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.document.internal.DocumentImportService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;

/** Embedded ingestion over a real store (in-memory H2): idempotency, validation, locks, upserts. */
class StoreMeterServiceTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  // one diesel register in t (multiplier 1) at site "mine" of the coal-mine example
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "D-01", "site": "mine", "kind": "fuel", "fuel": "diesel", "mode": "counter",
         "unit": "t", "row": {"stage": "mining"}}]}
      """;

  private Store store;
  private StoreInventoryService inventories;
  private StoreMeterService meters;
  private long id;

  @BeforeEach
  void setUp() throws IOException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:meters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    TestActor actor = new TestActor(store);
    long g = store.users().createGroup("group-a");
    store.users().createUser("alice", "{noop}x", List.of("USER"), g);
    actor.signIn("alice");
    Libraries libraries = new Libraries(store, actor);
    Tenancy tenancy = new Tenancy(store, actor);
    PeriodLocks locks = new PeriodLocks(store);
    StoreAuditTrail audit = new StoreAuditTrail(store, actor);
    inventories = new StoreInventoryService(store, tenancy, libraries, locks, audit);
    DocumentImportService imports =
        new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    meters = new StoreMeterService(store, tenancy, locks, audit, inventories, clock);
    meters.putRegistry(id, REGISTRY.getBytes(StandardCharsets.UTF_8), 0L);
  }

  @Test
  void ingest_samePostTwice_storedOnceSecondAllDuplicates() {
    String csv =
        "meter,time,value\nD-01,2025-03-01T00:00:00+08:00,0\nD-01,2025-03-01T12:00:00+08:00,10\n";

    IngestResult first = meters.ingest(id, in(csv), "text/csv");
    IngestResult second = meters.ingest(id, in(csv), "text/csv");

    assertThat(first.accepted()).isEqualTo(2);
    assertThat(second.accepted()).isZero();
    assertThat(second.duplicates()).isEqualTo(2);
    assertThat(second.conflicts()).isEmpty();
    assertThat(store.meters().count(id)).isEqualTo(2);
  }

  @Test
  void ingest_sameKeyOtherValue_firstKeptConflictReported() {
    meters.ingest(id, in("D-01,2025-03-01T00:00:00+08:00,0\n"), "text/csv");

    IngestResult r =
        meters.ingest(
            id,
            in("{\"meter\":\"D-01\",\"time\":\"2025-02-28T16:00:00Z\",\"value\":7}\n"),
            "application/x-ndjson");

    // 2025-02-28T16:00Z is 2025-03-01T00:00+08:00: the same key with 7 instead of 0
    assertThat(r.accepted()).isZero();
    assertThat(r.conflicts())
        .containsExactly(new IngestResult.Key("D-01", Instant.parse("2025-02-28T16:00:00Z")));
    assertThat(store.meters().existing(id, "D-01", 0, Long.MAX_VALUE).getFirst().value())
        .isEqualTo(0.0);
    assertThat(meters.rows(id, 2025).alarms())
        .anySatisfy(a -> assertThat(a.code().name()).isEqualTo("CONFLICT"));
  }

  @Test
  void ingest_invalidLines_everyLineListedNothingStored() {
    String csv =
        "meter,time,value\nD-01,2025-03-01T00:00:00+08:00,0\nX-99,2025-03-01T00:15:00+08:00,1\n"
            + "D-01,not-a-time,2\n";

    assertThatThrownBy(() -> meters.ingest(id, in(csv), "text/csv"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::location)
                    .containsExactly("line 3", "line 4"));
    assertThat(store.meters().count(id)).isZero();
  }

  @Test
  void ingest_readingInVerifiedYear_refusedNothingStored() {
    store.periods().transition(id, 2024, "draft", "verified", 1);

    assertThatThrownBy(
            () ->
                meters.ingest(
                    id,
                    in("D-01,2025-03-01T00:00:00+08:00,0\nD-01,2024-12-31T23:00:00+08:00,0\n"),
                    "text/csv"))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.issue().code()).isEqualTo("PERIOD_LOCKED"));
    assertThat(store.meters().count(id)).isZero();
  }

  @Test
  void ingest_lateReading_upsertsMonthRowWithNewRevision() {
    meters.ingest(
        id,
        in("D-01,2025-03-01T00:00:00+08:00,0\nD-01,2025-03-01T12:00:00+08:00,10\n"),
        "text/csv");
    RowView before = meterRow();
    // counter: (10 − 0) × multiplier 1 = 10 t in 2025-03
    assertThat(before.doc().path("quantity").asDouble()).isCloseTo(10.0, within(1e-9));

    IngestResult late = meters.ingest(id, in("D-01,2025-03-01T18:00:00+08:00,16\n"), "text/csv");

    RowView after = meterRow();
    // (16 − 0) × 1 = 16 t: the late reading extends the month's register span
    assertThat(after.doc().path("quantity").asDouble()).isCloseTo(16.0, within(1e-9));
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.version()).isGreaterThan(before.version());
    assertThat(late.rowsChanged()).isEqualTo(1);
    assertThat(late.rowProblems()).isEmpty();
  }

  private RowView meterRow() {
    return inventories.rows(id, new RowFilter(RowKind.ACTIVITY, 2025, null, null)).stream()
        .filter(r -> "meter:D-01:2025-03".equals(r.key()))
        .findFirst()
        .orElseThrow();
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
