package org.minecarbon.store.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for backup tests: a new in-memory H2 each time, and (when MINECARBON_TEST_PG_URL
 * is set) a new schema in the test PostgreSQL database.
 */
final class FreshDatabases {
  private FreshDatabases() {}

  static List<Named<Supplier<DataSource>>> all() {
    List<Named<Supplier<DataSource>>> list = new ArrayList<>();
    list.add(Named.of("H2", FreshDatabases::h2));
    if (postgresConfigured()) {
      list.add(Named.of("PostgreSQL", FreshDatabases::postgres));
    }
    return list;
  }

  static boolean postgresConfigured() {
    String url = System.getenv("MINECARBON_TEST_PG_URL");
    return url != null && !url.isBlank();
  }

  static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:backup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  static DataSource postgres() {
    String schema = "bk_" + UUID.randomUUID().toString().replace("-", "");
    PGSimpleDataSource admin = pg();
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    PGSimpleDataSource ds = pg();
    ds.setCurrentSchema(schema);
    return ds;
  }

  private static PGSimpleDataSource pg() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getenv("MINECARBON_TEST_PG_URL"));
    pg.setUser(env("MINECARBON_TEST_PG_USER", "minecarbon"));
    pg.setPassword(env("MINECARBON_TEST_PG_PASSWORD", ""));
    return pg;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }
}
