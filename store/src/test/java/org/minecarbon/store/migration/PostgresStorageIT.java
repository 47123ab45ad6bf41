package org.minecarbon.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;

/**
 * Schema v19 ({@link V19__PostgresStorage}): applied on both databases (one migration history), its
 * storage settings on PostgreSQL only.
 */
class PostgresStorageIT {
  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void migrate_v19AppliedOnEveryDatabase(DataSource ds) {
    var applied = Store.flyway(ds).load().info().applied();

    assertThat(applied).anySatisfy(m -> assertThat(m.getVersion().getVersion()).isEqualTo("19"));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void migrate_postgres_rowTableLeavesRoomForInPlaceUpdatesAndAuditTextIsLz4(DataSource ds)
      throws SQLException {
    try (Connection c = ds.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        return; // H2: nothing to set (the migration above is still recorded)
      }
      assertThat(
              query(
                  c,
                  "SELECT unnest(reloptions) FROM pg_class WHERE oid = 'inventory_row'::regclass"))
          .contains("fillfactor=60");
      boolean lz4 =
          !query(
                  c,
                  "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
                      + " AND 'lz4' = ANY (enumvals)")
              .isEmpty();
      List<String> compression =
          query(
              c,
              "SELECT a.attname || '=' || a.attcompression::text FROM pg_attribute a"
                  + " WHERE a.attrelid = 'audit_log'::regclass"
                  + " AND a.attname IN ('before_json', 'after_json') ORDER BY a.attname");
      assertThat(compression)
          .containsExactly("after_json=" + (lz4 ? "l" : ""), "before_json=" + (lz4 ? "l" : ""));
    }
  }

  private static List<String> query(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
