package org.minecarbon.app.meter.alarm.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.meter.MeterService;
import org.minecarbon.app.meter.alarm.AlarmService;
import org.minecarbon.app.meter.alarm.AlarmView;
import org.minecarbon.app.meter.alarm.CalibrationView;
import org.minecarbon.app.meter.internal.StoredMeters;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.Reconciliation;
import org.minecarbon.store.Store;
import org.minecarbon.store.meter.AlarmStateRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alarms derived by {@link MeterService#rows} (gap, reset, conflict, stuck, threshold, calibration
 * by the registry), plus calibration expiry by the records and reconciliation against the entered
 * rows, merged with their stored state. Acknowledge and close run under the enterprise lock and are
 * audited (entity {@code meter_alarm}, id {@code CODE|meter|epoch ms}).
 */
public final class StoreAlarmService implements AlarmService {
  private final Store store;
  private final Tenancy tenancy;
  private final PeriodLocks locks;
  private final AuditTrail audit;
  private final MeterService meters;
  private final InventoryService inventories;
  private final Clock clock;

  public StoreAlarmService(
      Store store,
      Tenancy tenancy,
      PeriodLocks locks,
      AuditTrail audit,
      MeterService meters,
      InventoryService inventories,
      Clock clock) {
    this.store = store;
    this.tenancy = tenancy;
    this.locks = locks;
    this.audit = audit;
    this.meters = meters;
    this.inventories = inventories;
    this.clock = clock;
  }

  @Override
  public List<AlarmView> alarms(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    ZoneId zone = registry.timezone();
    MeterReport report = meters.rows(enterpriseId, year);
    List<Alarm> derived = new ArrayList<>(report.alarms());
    derived.addAll(
        Reconciliation.compare(
            report.rows(),
            inventories.checked(enterpriseId).inventory().activities(),
            Reconciliation.DEFAULT_TOLERANCE,
            zone,
            null));
    List<CalibrationView> calibrations =
        Calibrations.of(store, enterpriseId, registry, today(zone));
    List<Alarm> all = Calibrations.expiryAlarms(derived, calibrations, zone, year);
    long from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
    long to = LocalDate.of(year + 1, 1, 2).atStartOfDay(zone).toInstant().toEpochMilli();
    Map<String, AlarmStateRecord> states = AlarmViews.states(store, enterpriseId, from, to);
    Map<String, Meter> byId = registry.byId();
    return all.stream()
        .filter(a -> visible(enterpriseId, byId, a.meter()))
        .sorted(Alarm.ORDER)
        .map(
            a ->
                AlarmViews.view(
                    a, states.get(AlarmViews.key(a.code().name(), a.meter(), a.time()))))
        .toList();
  }

  @Override
  public AlarmView acknowledge(
      long enterpriseId, String code, String meter, Instant time, @Nullable String comment) {
    AlarmView before = find(enterpriseId, code, meter, time);
    String text = comment == null ? "" : comment.strip();
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          if (!store
              .meterAlarms()
              .acknowledge(
                  enterpriseId, code, meter, time.toEpochMilli(), tenancy.actor().name(), text)) {
            throw refused(before);
          }
          record(enterpriseId, before, "acknowledge", text);
        });
    return find(enterpriseId, code, meter, time);
  }

  @Override
  public AlarmView close(
      long enterpriseId, String code, String meter, Instant time, String comment) {
    if (comment.isBlank()) {
      throw new InvalidInputException(
          Issue.error("COMMENT_REQUIRED", "/comment", "closing an alarm needs a comment"));
    }
    AlarmView before = find(enterpriseId, code, meter, time);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          if (!store
              .meterAlarms()
              .close(
                  enterpriseId,
                  code,
                  meter,
                  time.toEpochMilli(),
                  tenancy.actor().name(),
                  comment.strip())) {
            throw refused(before);
          }
          record(enterpriseId, before, "close", comment.strip());
        });
    return find(enterpriseId, code, meter, time);
  }

  @Override
  public List<CalibrationView> calibrations(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    return Calibrations.of(store, enterpriseId, registry, today(registry.timezone())).stream()
        .filter(c -> tenancy.siteVisible(enterpriseId, c.site()))
        .toList();
  }

  @Override
  public CalibrationView addCalibration(
      long enterpriseId,
      String meter,
      LocalDate calibratedOn,
      String certificate,
      LocalDate validUntil,
      @Nullable String evidence) {
    tenancy.enterprise(enterpriseId);
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    Calibrations.check(registry, meter, calibratedOn, certificate, validUntil, evidence);
    tenancy.requireSite(enterpriseId, registry.byId().get(meter).site());
    String ev = evidence == null || evidence.isBlank() ? null : evidence.strip();
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          long id =
              store
                  .meterAlarms()
                  .addCalibration(
                      enterpriseId,
                      meter,
                      calibratedOn,
                      certificate.strip(),
                      validUntil,
                      ev,
                      tenancy.actor().name());
          ObjectNode after = JsonCodec.mapper().createObjectNode();
          after.put("meter", meter);
          after.put("calibratedOn", calibratedOn.toString());
          after.put("certificate", certificate.strip());
          after.put("validUntil", validUntil.toString());
          after.put("evidence", ev);
          audit.record(
              enterpriseId,
              "meter_calibration",
              String.valueOf(id),
              "create",
              null,
              after,
              tenancy.actor().reason());
        });
    return calibrations(enterpriseId).stream()
        .filter(c -> c.meter().equals(meter))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public List<Reconciliation.Line> reconciliation(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    MeterReport report = meters.rows(enterpriseId, year);
    return Reconciliation.table(
            report.rows(), inventories.checked(enterpriseId).inventory().activities(), null)
        .stream()
        .filter(l -> l.meters().isEmpty() || visibleMeter(enterpriseId, l.meters().get(0)))
        .toList();
  }

  private boolean visibleMeter(long enterpriseId, String meter) {
    return visible(enterpriseId, StoredMeters.registry(store, enterpriseId).byId(), meter);
  }

  private boolean visible(long enterpriseId, Map<String, Meter> byId, String meters) {
    String first = meters.split(" ")[0];
    Meter m = byId.get(first);
    return m == null || tenancy.siteVisible(enterpriseId, m.site());
  }

  private AlarmView find(long enterpriseId, String code, String meter, Instant time) {
    ZoneId zone = StoredMeters.registry(store, enterpriseId).timezone();
    int year = time.atZone(zone).getYear();
    for (int y : new int[] {year, year - 1}) { // RECONCILIATION of December is dated 1 January
      for (AlarmView a : alarms(enterpriseId, y)) {
        if (a.code().equals(code) && a.meter().equals(meter) && a.time().equals(time)) {
          return a;
        }
      }
    }
    throw new NotFoundException("alarm", code + " " + meter + " " + time);
  }

  private void record(long enterpriseId, AlarmView before, String action, String comment) {
    ObjectNode b = AlarmViews.json(before);
    ObjectNode a = b.deepCopy();
    a.put("state", action.equals("close") ? "CLOSED" : "ACKNOWLEDGED");
    a.put("by", tenancy.actor().name());
    a.put("comment", comment);
    audit.record(
        enterpriseId,
        "meter_alarm",
        AlarmViews.key(before.code(), before.meter(), before.time()),
        action,
        b,
        a,
        tenancy.actor().reason());
  }

  private static RefusedException refused(AlarmView a) {
    return new RefusedException(
        409,
        Issue.error(
            "ALARM_STATE",
            "/state",
            "the alarm is " + a.state().name().toLowerCase(java.util.Locale.ROOT) + " already"));
  }

  private LocalDate today(ZoneId zone) {
    return clock.instant().atZone(zone).toLocalDate();
  }
}
