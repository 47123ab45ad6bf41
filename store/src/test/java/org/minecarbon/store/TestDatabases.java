package org.minecarbon.store;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases store tests run against: an in-memory H2 always, and PostgreSQL when
 * MINECARBON_TEST_PG_URL (+ _USER, _PASSWORD) is set (.ci/postgres.sh starts one). Each is migrated
 * once per JVM.
 */
public final class TestDatabases {
  private static List<Named<DataSource>> all;

  private TestDatabases() {}

  public static synchronized List<Named<DataSource>> all() {
    if (all == null) {
      List<Named<DataSource>> list = new ArrayList<>();
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:store-it;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      list.add(Named.of("H2", h2));
      String url = System.getenv("MINECARBON_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(env("MINECARBON_TEST_PG_USER", "minecarbon"));
        pg.setPassword(env("MINECARBON_TEST_PG_PASSWORD", ""));
        list.add(Named.of("PostgreSQL", pg));
      }
      list.forEach(n -> Store.migrate(n.getPayload()));
      all = List.copyOf(list);
    }
    return all;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }
}
