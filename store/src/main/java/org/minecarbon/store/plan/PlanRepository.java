package org.minecarbon.store.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minecarbon.store.internal.Jdbc;

/**
 * Plans in tables {@code plan} and {@code plan_version}: every lookup is scoped to an enterprise; a
 * save appends a version, nothing is updated in place.
 */
public final class PlanRepository {
  private static final String COLUMNS =
      "v.plan_id, p.enterprise_id, v.version, v.name, v.document_json, v.author, v.created_at";
  private static final String FROM = " FROM plan_version v JOIN plan p ON p.id = v.plan_id";

  private final Jdbc jdbc;
  private final Clock clock;

  public PlanRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates a plan with its version 1; returns that version as stored. */
  public PlanVersionRecord create(
      long enterpriseId, String name, String documentJson, String author) {
    Timestamp now = Timestamp.from(clock.instant());
    long id =
        jdbc.insert(
            "INSERT INTO plan (enterprise_id, created_by, created_at) VALUES (?, ?, ?)",
            enterpriseId,
            author,
            now);
    insertVersion(id, 1, name, documentJson, author, now);
    return version(enterpriseId, id, 1).orElseThrow();
  }

  /**
   * Appends the next version of a plan (call inside a transaction).
   *
   * @return the new version, empty when the plan is not one of the enterprise's
   */
  public Optional<PlanVersionRecord> addVersion(
      long enterpriseId, long planId, String name, String documentJson, String author) {
    Optional<PlanVersionRecord> latest = latest(enterpriseId, planId);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    int next = latest.get().version() + 1;
    insertVersion(planId, next, name, documentJson, author, Timestamp.from(clock.instant()));
    return version(enterpriseId, planId, next);
  }

  private void insertVersion(
      long planId, int version, String name, String documentJson, String author, Timestamp at) {
    jdbc.update(
        "INSERT INTO plan_version (plan_id, version, name, document_json, author, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        planId,
        version,
        name,
        documentJson,
        author,
        at);
  }

  /** The latest version of every plan of the enterprise, by plan id. */
  public List<PlanVersionRecord> latestOfEach(long enterpriseId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE p.enterprise_id = ? AND v.version ="
            + " (SELECT MAX(w.version) FROM plan_version w WHERE w.plan_id = v.plan_id)"
            + " ORDER BY v.plan_id",
        PlanRepository::map,
        enterpriseId);
  }

  /** Every version of a plan, oldest first (empty for a plan of another enterprise). */
  public List<PlanVersionRecord> versions(long enterpriseId, long planId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE p.enterprise_id = ? AND v.plan_id = ? ORDER BY v.version",
        PlanRepository::map,
        enterpriseId,
        planId);
  }

  public Optional<PlanVersionRecord> version(long enterpriseId, long planId, int version) {
    return jdbc.queryOne(
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE p.enterprise_id = ? AND v.plan_id = ? AND v.version = ?",
        PlanRepository::map,
        enterpriseId,
        planId,
        version);
  }

  public Optional<PlanVersionRecord> latest(long enterpriseId, long planId) {
    List<PlanVersionRecord> all = versions(enterpriseId, planId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Deletes a plan with all its versions; false when the enterprise has no such plan. */
  public boolean delete(long enterpriseId, long planId) {
    jdbc.update(
        "DELETE FROM plan_version WHERE plan_id IN"
            + " (SELECT id FROM plan WHERE id = ? AND enterprise_id = ?)",
        planId,
        enterpriseId);
    return jdbc.update("DELETE FROM plan WHERE id = ? AND enterprise_id = ?", planId, enterpriseId)
        == 1;
  }

  /** A group's provinces' energy data, by province then year. */
  public List<ProvinceEnergyRecord> provinceEnergy(long groupId) {
    return jdbc.query(
        "SELECT group_id, province, data_year, production, consumption, new_energy_share, source,"
            + " updated_by FROM province_energy WHERE group_id = ? ORDER BY province, data_year",
        rs ->
            new ProvinceEnergyRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getDouble(4),
                rs.getDouble(5),
                rs.getDouble(6),
                rs.getString(7),
                rs.getString(8)),
        groupId);
  }

  /** Replaces the row of the record's group, province and year (call inside a transaction). */
  public void putProvinceEnergy(ProvinceEnergyRecord r) {
    jdbc.update(
        "DELETE FROM province_energy WHERE group_id = ? AND province = ? AND data_year = ?",
        r.groupId(),
        r.province(),
        r.year());
    jdbc.update(
        "INSERT INTO province_energy (group_id, province, data_year, production, consumption,"
            + " new_energy_share, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.groupId(),
        r.province(),
        r.year(),
        r.production(),
        r.consumption(),
        r.newEnergyShare(),
        r.source(),
        r.updatedBy(),
        Timestamp.from(clock.instant()));
  }

  private static PlanVersionRecord map(ResultSet rs) throws SQLException {
    return new PlanVersionRecord(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }
}
