package org.minecarbon.store.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.minecarbon.store.internal.Jdbc;

/** Evidence files attached to inventory rows; every lookup is scoped to an enterprise. */
public final class EvidenceRepository {
  private static final String COLUMNS =
      "id, enterprise_id, row_id, row_key, file_name, content_type, size_bytes, sha256,"
          + " uploaded_by, uploaded_at, note";

  private final Jdbc jdbc;

  public EvidenceRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a file; returns its id. */
  public long add(NewEvidence e) {
    return jdbc.insert(
        "INSERT INTO evidence_file (enterprise_id, row_id, row_key, file_name, content_type,"
            + " size_bytes, sha256, content, uploaded_by, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.enterpriseId(),
        e.rowId(),
        e.rowKey(),
        e.fileName(),
        e.contentType(),
        (long) e.content().length,
        e.sha256(),
        e.content(),
        e.uploadedBy(),
        e.note());
  }

  /** Files attached to one row, oldest first. */
  public List<EvidenceRecord> listByRow(long enterpriseId, long rowId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM evidence_file WHERE enterprise_id = ? AND row_id = ?"
            + " ORDER BY id",
        EvidenceRepository::map,
        enterpriseId,
        rowId);
  }

  /** All files of an enterprise (including those whose row is gone), oldest first. */
  public List<EvidenceRecord> listByEnterprise(long enterpriseId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM evidence_file WHERE enterprise_id = ? ORDER BY id",
        EvidenceRepository::map,
        enterpriseId);
  }

  public Optional<EvidenceRecord> get(long enterpriseId, long id) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM evidence_file WHERE enterprise_id = ? AND id = ?",
        EvidenceRepository::map,
        enterpriseId,
        id);
  }

  /** The stored bytes, exactly as uploaded. */
  public Optional<byte[]> content(long enterpriseId, long id) {
    return jdbc.queryOne(
        "SELECT content FROM evidence_file WHERE enterprise_id = ? AND id = ?",
        rs -> rs.getBytes(1),
        enterpriseId,
        id);
  }

  /** Removes a file; false when there is no such file in the enterprise. */
  public boolean delete(long enterpriseId, long id) {
    return jdbc.update(
            "DELETE FROM evidence_file WHERE enterprise_id = ? AND id = ?", enterpriseId, id)
        > 0;
  }

  private static EvidenceRecord map(ResultSet rs) throws SQLException {
    long row = rs.getLong("row_id");
    Long rowId = rs.wasNull() ? null : row;
    return new EvidenceRecord(
        rs.getLong("id"),
        rs.getLong("enterprise_id"),
        rowId,
        rs.getString("row_key"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256").trim(),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", LocalDateTime.class),
        rs.getString("note"));
  }
}
