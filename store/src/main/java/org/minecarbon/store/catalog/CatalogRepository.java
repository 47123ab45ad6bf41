package org.minecarbon.store.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.internal.Jdbc;

/** Reference data: user-added factor sets and sector benchmarks. */
public final class CatalogRepository {
  private static final String BENCHMARK_COLUMNS =
      "id, group_id, product, intensity, bench_year, source_note, version";

  private final Jdbc jdbc;

  public CatalogRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void addFactorSet(FactorSetRecord set) {
    jdbc.update(
        "INSERT INTO factor_set (id, group_id, file_name, csv) VALUES (?, ?, ?, ?)",
        set.id(),
        set.groupId(),
        set.fileName(),
        set.csv());
  }

  /** The user factor sets of one group (tenant), oldest first (parents before children). */
  public List<FactorSetRecord> factorSets(long groupId) {
    return jdbc.query(
        "SELECT id, group_id, file_name, csv FROM factor_set WHERE group_id = ?"
            + " ORDER BY created_at, pk",
        CatalogRepository::factorSet,
        groupId);
  }

  /** A group's user factor set by id (ids are unique within a group only). */
  public Optional<FactorSetRecord> factorSet(long groupId, String id) {
    return jdbc.queryOne(
        "SELECT id, group_id, file_name, csv FROM factor_set WHERE group_id = ? AND id = ?",
        CatalogRepository::factorSet,
        groupId,
        id);
  }

  public boolean deleteFactorSet(long groupId, String id) {
    return jdbc.update("DELETE FROM factor_set WHERE group_id = ? AND id = ?", groupId, id) > 0;
  }

  public long addBenchmark(
      @Nullable Long groupId, String product, double intensity, int year, String sourceNote) {
    return jdbc.insert(
        "INSERT INTO benchmark (group_id, product, intensity, bench_year, source_note)"
            + " VALUES (?, ?, ?, ?, ?)",
        groupId,
        product,
        intensity,
        year,
        sourceNote);
  }

  /**
   * The benchmarks a group sees: its own and the shared reference ones (no group), in product and
   * year order.
   */
  public List<BenchmarkRecord> benchmarks(long groupId) {
    return jdbc.query(
        "SELECT "
            + BENCHMARK_COLUMNS
            + " FROM benchmark WHERE group_id = ? OR group_id IS NULL"
            + " ORDER BY product, bench_year, id",
        CatalogRepository::benchmark,
        groupId);
  }

  public Optional<BenchmarkRecord> benchmark(long id) {
    return jdbc.queryOne(
        "SELECT " + BENCHMARK_COLUMNS + " FROM benchmark WHERE id = ?",
        CatalogRepository::benchmark,
        id);
  }

  public boolean updateBenchmark(
      long id, String product, double intensity, int year, String sourceNote) {
    return jdbc.update(
            "UPDATE benchmark SET product = ?, intensity = ?, bench_year = ?, source_note = ?,"
                + " version = version + 1 WHERE id = ?",
            product,
            intensity,
            year,
            sourceNote,
            id)
        > 0;
  }

  public boolean deleteBenchmark(long id) {
    return jdbc.update("DELETE FROM benchmark WHERE id = ?", id) > 0;
  }

  private static FactorSetRecord factorSet(ResultSet rs) throws SQLException {
    long g = rs.getLong(2);
    Long groupId = rs.wasNull() ? null : g;
    return new FactorSetRecord(rs.getString(1), groupId, rs.getString(3), rs.getString(4));
  }

  private static BenchmarkRecord benchmark(ResultSet rs) throws SQLException {
    long g = rs.getLong(2);
    Long groupId = rs.wasNull() ? null : g;
    return new BenchmarkRecord(
        rs.getLong(1),
        groupId,
        rs.getString(3),
        rs.getDouble(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getLong(7));
  }
}
