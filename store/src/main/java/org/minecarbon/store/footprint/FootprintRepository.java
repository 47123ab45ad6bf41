package org.minecarbon.store.footprint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.internal.Jdbc;

/**
 * Tables {@code lca_database}, {@code footprint_links} and {@code footprint_run} (V12). Every
 * lookup is scoped to its owner (group or enterprise); the caller checks the user may see it.
 */
public final class FootprintRepository {
  private static final String DB_COLUMNS =
      "id, group_id, name, schema_version, process_count, flow_count, size_bytes, sha256,"
          + " uploaded_by, uploaded_at";
  private static final String RUN_COLUMNS =
      "id, enterprise_id, scope_key, report_year, product, total, database_id, inputs_hash,"
          + " options_json, author, created_at";

  private final Jdbc jdbc;
  private final Clock clock;

  public FootprintRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores a prepared database; returns its id. */
  public long addDatabase(NewLcaDatabase d) {
    return jdbc.insert(
        "INSERT INTO lca_database (group_id, name, schema_version, process_count, flow_count,"
            + " size_bytes, sha256, library, uploaded_by, uploaded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.groupId(),
        d.name(),
        d.schemaVersion(),
        d.processCount(),
        d.flowCount(),
        d.sizeBytes(),
        d.sha256(),
        d.library(),
        d.uploadedBy(),
        now());
  }

  /** The group's databases, oldest first. */
  public List<LcaDatabaseRecord> databases(long groupId) {
    return jdbc.query(
        "SELECT " + DB_COLUMNS + " FROM lca_database WHERE group_id = ? ORDER BY id",
        FootprintRepository::database,
        groupId);
  }

  public Optional<LcaDatabaseRecord> database(long groupId, long id) {
    return jdbc.queryOne(
        "SELECT " + DB_COLUMNS + " FROM lca_database WHERE group_id = ? AND id = ?",
        FootprintRepository::database,
        groupId,
        id);
  }

  /** The prepared library bytes (gzipped minecarbon/lca-library@1). */
  public Optional<byte[]> library(long groupId, long id) {
    return jdbc.queryOne(
        "SELECT library FROM lca_database WHERE group_id = ? AND id = ?",
        rs -> rs.getBytes(1),
        groupId,
        id);
  }

  /** How many enterprises' links point into the database. */
  public int linksUsing(long databaseId) {
    return jdbc.queryOne(
            "SELECT COUNT(*) FROM footprint_links WHERE database_id = ?",
            rs -> rs.getInt(1),
            databaseId)
        .orElse(0);
  }

  /** Removes a database; false when the group has no such database. */
  public boolean deleteDatabase(long groupId, long id) {
    return jdbc.update("DELETE FROM lca_database WHERE group_id = ? AND id = ?", groupId, id) > 0;
  }

  public Optional<LinksRecord> links(long enterpriseId) {
    return jdbc.queryOne(
        "SELECT enterprise_id, database_id, links_json, updated_by, updated_at"
            + " FROM footprint_links WHERE enterprise_id = ?",
        rs ->
            new LinksRecord(
                rs.getLong("enterprise_id"),
                nullableLong(rs, "database_id"),
                rs.getString("links_json"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class)),
        enterpriseId);
  }

  /** Replaces the enterprise's links. */
  public void saveLinks(
      long enterpriseId, @Nullable Long databaseId, String linksJson, String updatedBy) {
    jdbc.update("DELETE FROM footprint_links WHERE enterprise_id = ?", enterpriseId);
    jdbc.update(
        "INSERT INTO footprint_links (enterprise_id, database_id, links_json, updated_by,"
            + " updated_at) VALUES (?, ?, ?, ?, ?)",
        enterpriseId,
        databaseId,
        linksJson,
        updatedBy,
        now());
  }

  /** Stores a run; returns its id. */
  public long addRun(NewFootprintRun r) {
    return jdbc.insert(
        "INSERT INTO footprint_run (enterprise_id, scope_key, report_year, product, total,"
            + " database_id, inputs_hash, options_json, result_json, author, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.enterpriseId(),
        r.scopeKey(),
        r.year(),
        r.product(),
        r.total(),
        r.databaseId(),
        r.inputsHash(),
        r.optionsJson(),
        r.resultJson(),
        r.author(),
        now());
  }

  /** The enterprise's runs computed in a scope, newest first, without their result JSON. */
  public List<FootprintRunRecord> runs(long enterpriseId, String scopeKey, int limit) {
    return jdbc.query(
        "SELECT "
            + RUN_COLUMNS
            + ", '' AS result_json FROM footprint_run WHERE enterprise_id = ? AND scope_key = ?"
            + " ORDER BY id DESC FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        FootprintRepository::run,
        enterpriseId,
        scopeKey);
  }

  /** One run with its result, when it belongs to the enterprise and scope. */
  public Optional<FootprintRunRecord> run(long enterpriseId, String scopeKey, long id) {
    return jdbc.queryOne(
        "SELECT "
            + RUN_COLUMNS
            + ", result_json FROM footprint_run WHERE enterprise_id = ? AND scope_key = ?"
            + " AND id = ?",
        FootprintRepository::run,
        enterpriseId,
        scopeKey,
        id);
  }

  private Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static LcaDatabaseRecord database(ResultSet rs) throws SQLException {
    return new LcaDatabaseRecord(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getString("name"),
        rs.getString("schema_version"),
        rs.getInt("process_count"),
        rs.getInt("flow_count"),
        rs.getLong("size_bytes"),
        rs.getString("sha256").trim(),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", LocalDateTime.class));
  }

  private static FootprintRunRecord run(ResultSet rs) throws SQLException {
    return new FootprintRunRecord(
        rs.getLong("id"),
        rs.getLong("enterprise_id"),
        rs.getString("scope_key"),
        rs.getInt("report_year"),
        rs.getString("product"),
        rs.getDouble("total"),
        nullableLong(rs, "database_id"),
        rs.getString("inputs_hash").trim(),
        rs.getString("options_json"),
        rs.getString("result_json"),
        rs.getString("author"),
        rs.getObject("created_at", LocalDateTime.class));
  }
}
