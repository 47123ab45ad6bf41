package org.minecarbon.app.meter.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.meter.alarm.AlarmState;
import org.minecarbon.app.meter.alarm.AlarmView;
import org.minecarbon.app.meter.alarm.CalibrationView;
import org.minecarbon.app.meter.alarm.internal.StoreAlarmService;
import org.minecarbon.app.meter.internal.StoreMeterService;
import org.minecarbon.app.meter.live.internal.StoreLiveService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.calc.Column;
import org.minecarbon.store.Store;

/**
 * Live figures, the ingest notification, alarms with acknowledge/close and calibration records over
 * a real store (in-memory H2) and the coal-mine example, with a fixed clock: 2026-03-10 12:00 in
 * Asia/Shanghai (04:00Z).
 */
class LiveAndAlarmServiceTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  // two kWh registers at site "mine" with an explicit grid factor of 0.5 tCO2/MWh
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "E-01", "site": "mine", "kind": "electricity", "mode": "counter", "unit": "kWh",
         "row": {"gridFactor": "0.5", "stage": "mining"},
         "calibration": {"certificate": "JJG-1", "validUntil": "2026-03-01"}},
        {"id": "E-02", "site": "mine", "kind": "electricity", "mode": "counter", "unit": "kWh",
         "row": {"gridFactor": "0.5", "stage": "mining"}}]}
      """;
  private static final Instant NOW = Instant.parse("2026-03-10T04:00:00Z");

  private Store store;
  private StoreMeterService meters;
  private StoreLiveService live;
  private StoreAlarmService alarms;
  private long id;

  @BeforeEach
  void setUp() throws IOException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:live-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
    StoreInventoryService inventories =
        new StoreInventoryService(store, tenancy, libraries, locks, audit);
    DocumentImportService imports =
        new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    meters = new StoreMeterService(store, tenancy, locks, audit, inventories, clock);
    meters.putRegistry(id, REGISTRY.getBytes(StandardCharsets.UTF_8), 0L);
    live = new StoreLiveService(store, tenancy, inventories, libraries, meters, clock);
    alarms = new StoreAlarmService(store, tenancy, locks, audit, meters, inventories, clock);
  }

  private void post(String csv) {
    meters.ingest(id, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "text/csv");
  }

  @Test
  void figures_countersAcrossMidnightAndMonths_todayMonthYearByHand() {
    post(
        """
        meter,time,value
        E-02,2026-02-10T00:00:00+08:00,0
        E-02,2026-02-10T00:15:00+08:00,200
        E-01,2026-03-09T23:45:00+08:00,1000
        E-01,2026-03-10T00:00:00+08:00,1500
        E-01,2026-03-10T00:15:00+08:00,2500
        E-01,2026-03-10T00:30:00+08:00,4500
        """);
    LiveFigures f = live.figures(id, "mine");
    // by hand, EF 0.5 tCO2/MWh, 1 kWh = 0.001 MWh:
    // today (10 March local): 00:00→00:15 1000 kWh + 00:15→00:30 2000 kWh = 3 MWh → 1.5 t
    // (23:45→00:00 ends at midnight: yesterday)
    // month: + 500 kWh of 9 March = 3.5 MWh → 1.75 t; year: + E-02's 200 kWh in February = 3.7
    // MWh → 1.85 t
    assertThat(f.figures()).hasSize(1);
    LiveFigures.Figure e = f.figures().get(0);
    assertThat(e.column()).isEqualTo(Column.ELECTRICITY);
    assertThat(e.today()).isCloseTo(1.5, within(1e-9));
    assertThat(e.month()).isCloseTo(1.75, within(1e-9));
    assertThat(e.year()).isCloseTo(1.85, within(1e-9));
    assertThat(f.readings()).isEqualTo(6);
    LiveFigures.Trace march =
        f.trace().stream().filter(t -> t.rowId().equals("meter:E-01:2026-03")).findFirst().get();
    assertThat(march.readings()).isEqualTo(4);
    assertThat(march.window()).isEqualTo("month");
    assertThat(march.meters()).containsExactly("E-01");
    assertThat(march.co2e()).isCloseTo(1.75, within(1e-9));
  }

  @Test
  void ingest_newReadings_listenerToldAfterCommitNotForDuplicates() {
    List<long[]> told = new ArrayList<>();
    live.addListener((e, n) -> told.add(new long[] {e, n, store.meters().count(e)}));
    String csv = "meter,time,value\nE-01,2026-03-10T00:00:00+08:00,1\n";
    post(csv);
    post(csv);
    // once, for the first post: one reading, already committed (count 1) when told
    assertThat(told).hasSize(1);
    assertThat(told.get(0)).containsExactly(id, 1, 1);
  }

  @Test
  void alarms_gapAcknowledgedThenClosed_whoAndCommentKeptAndAudited() {
    // a 1 h interval > maxGap PT15M: DATA_GAP at the closing reading (03:00 local = 2026-03-09T19Z)
    post("meter,time,value\nE-02,2026-03-10T02:00:00+08:00,0\nE-02,2026-03-10T03:00:00+08:00,5\n");
    AlarmView gap = only(alarms.alarms(id, 2026), "DATA_GAP");
    assertThat(gap.state()).isEqualTo(AlarmState.OPEN);
    assertThat(gap.time()).isEqualTo(Instant.parse("2026-03-09T19:00:00Z"));
    AlarmView acked = alarms.acknowledge(id, "DATA_GAP", "E-02", gap.time(), "looking");
    assertThat(acked.state()).isEqualTo(AlarmState.ACKNOWLEDGED);
    assertThat(acked.ackedBy()).isEqualTo("alice");
    assertThatThrownBy(() -> alarms.acknowledge(id, "DATA_GAP", "E-02", gap.time(), null))
        .isInstanceOf(RefusedException.class);
    assertThatThrownBy(() -> alarms.close(id, "DATA_GAP", "E-02", gap.time(), " "))
        .isInstanceOf(InvalidInputException.class);
    AlarmView closed = alarms.close(id, "DATA_GAP", "E-02", gap.time(), "cable repaired");
    assertThat(closed.state()).isEqualTo(AlarmState.CLOSED);
    assertThat(closed.closeComment()).isEqualTo("cable repaired");
    assertThat(closed.ackComment()).isEqualTo("looking");
    assertThat(store.audit().ofEnterprise(id, List.of("meter_alarm")))
        .extracting(org.minecarbon.store.audit.AuditEntry::action)
        .containsExactlyInAnyOrder("acknowledge", "close");
  }

  @Test
  void calibration_expiredThenRecorded_alarmDroppedAndStatusValid() {
    // E-01's registry calibration ran out on 1 March; the reading of 5 March shows it
    post("meter,time,value\nE-01,2026-03-05T00:00:00+08:00,0\nE-01,2026-03-05T00:15:00+08:00,1\n");
    assertThat(only(alarms.alarms(id, 2026), "CALIBRATION_EXPIRED").meter()).isEqualTo("E-01");
    CalibrationView before = calibration("E-01");
    assertThat(before.expired()).isTrue();
    assertThatThrownBy(
            () ->
                alarms.addCalibration(
                    id, "E-01", LocalDate.of(2026, 3, 2), " ", LocalDate.of(2026, 3, 1), null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).issues()).hasSize(2));
    alarms.addCalibration(
        id, "E-01", LocalDate.of(2026, 3, 2), "JJG-2026-7", LocalDate.of(2027, 3, 1), "scan.pdf");
    CalibrationView after = calibration("E-01");
    assertThat(after.expired()).isFalse();
    assertThat(after.validUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(after.records())
        .singleElement()
        .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("alice"));
    // the 5 March reading lies in the new record's validity: no alarm left
    assertThat(alarms.alarms(id, 2026)).noneMatch(a -> a.code().equals("CALIBRATION_EXPIRED"));
  }

  private CalibrationView calibration(String meter) {
    return alarms.calibrations(id).stream().filter(c -> c.meter().equals(meter)).findFirst().get();
  }

  private static AlarmView only(List<AlarmView> list, String code) {
    List<AlarmView> of = list.stream().filter(a -> a.code().equals(code)).toList();
    assertThat(of).hasSize(1);
    return of.get(0);
  }
}
