package org.minecarbon.stream.sink;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.App;
import org.minecarbon.app.access.NamedActor;
import org.minecarbon.app.meter.StreamSinkService;
import org.minecarbon.app.meter.StreamSinkService.StreamEvent;
import org.minecarbon.app.meter.StreamSinkService.StreamReading;
import org.minecarbon.app.meter.StreamSinkService.StreamRow;
import org.minecarbon.store.Databases;
import org.minecarbon.store.Store;
import org.minecarbon.stream.job.AcceptedReading;
import org.minecarbon.stream.job.MeterAlarm;
import org.minecarbon.stream.job.RowUpsert;

/**
 * {@link RowSink} into one enterprise's inventory through the app use case {@link
 * StreamSinkService} (the embedded path's upsert: validation, a revision and an audit entry per
 * change, locked years refused and recorded, never thrown), acting as a named user of the
 * application database. The app is built over the store from a JDBC URL exactly as the CLI builds
 * it. Readings go to the embedded ingestion's store; alarms other than {@code CONFLICT} are not
 * stored, because the embedded path derives them from the stored readings (the live page and {@code
 * minecarbon meters rows} show them from there); a conflict and a dead letter are recorded once per
 * key.
 */
public final class InventoryRowSink implements RowSink {
  private final App app;
  private final StreamSinkService service;
  private final long enterpriseId;

  /**
   * Opens the store and checks that {@code actor} may write the enterprise's meter data.
   *
   * @throws org.minecarbon.app.NotFoundException outside the actor's scope
   * @throws org.minecarbon.app.ForbiddenException without {@code EDIT_DATA} or site-limited
   */
  public InventoryRowSink(
      String url, String user, String password, long enterpriseId, String actor) {
    Store store = new Store(Databases.of(url, user, password));
    this.app =
        new App(
            store,
            new NamedActor(store, actor),
            p -> {
              throw new UnsupportedOperationException("the stream job sets no passwords");
            },
            App.Settings.DEFAULTS);
    this.service = app.meterStream();
    this.enterpriseId = enterpriseId;
    service.requireWriter(enterpriseId);
  }

  /** The factory of the deployable job: the password is read in the task from {@code env}. */
  public static StoreSink.Factory factory(
      String url, String user, String passwordEnv, long enterpriseId, String actor) {
    return new Factory(url, user, passwordEnv, enterpriseId, actor);
  }

  private record Factory(
      String url, String user, String passwordEnv, long enterpriseId, String actor)
      implements StoreSink.Factory {
    @Override
    public RowSink open() {
      String pw = System.getenv(passwordEnv);
      return new InventoryRowSink(url, user, pw == null ? "" : pw, enterpriseId, actor);
    }

    @Override
    public boolean afterCheckpoint() {
      return true;
    }
  }

  @Override
  public void upsertRows(List<RowUpsert> rows) {
    List<StreamRow> out = new ArrayList<>(rows.size());
    for (RowUpsert r : rows) {
      out.add(new StreamRow(r.id(), r.revision(), r.row(), r.completeness(), r.estimated()));
    }
    service.upsertRows(enterpriseId, out);
  }

  @Override
  public void insertAlarms(List<MeterAlarm> alarms) {
    List<StreamEvent> conflicts = new ArrayList<>();
    for (MeterAlarm a : alarms) {
      if (a.code().equals("CONFLICT")) {
        conflicts.add(
            new StreamEvent("conflict:" + a.meter() + "@" + a.time(), a.code(), a.message()));
      }
    }
    if (!conflicts.isEmpty()) {
      service.record(enterpriseId, conflicts);
    }
  }

  @Override
  public void insertReadings(List<AcceptedReading> readings) {
    List<StreamReading> out = new ArrayList<>(readings.size());
    for (AcceptedReading r : readings) {
      out.add(new StreamReading(r.meter(), r.time(), r.line()));
    }
    service.storeReadings(enterpriseId, out);
  }

  @Override
  public void reject(List<Rejected> records) {
    List<StreamEvent> out = new ArrayList<>(records.size());
    for (Rejected r : records) {
      out.add(new StreamEvent("record:" + r.where(), "REJECTED_RECORD", r.problems()));
    }
    service.record(enterpriseId, out);
  }

  @Override
  public void close() {
    app.close();
  }
}
