package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.minecarbon.store.Store;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server's Flyway (Spring Boot's) runs every Java migration the store registers, on H2 and on
 * PostgreSQL alike: schema v19 is applied, as a Java migration.
 */
class JavaMigrationsIT extends ApiTestBase {
  @Autowired Flyway flyway;

  @Test
  void flyway_everyStoreJavaMigrationApplied() {
    assertThat(Store.javaMigrations()).isNotEmpty();
    for (var migration : Store.javaMigrations()) {
      String version = migration.getVersion().getVersion();
      assertThat(flyway.info().applied())
          .as("Java migration v" + version)
          .anySatisfy(
              (MigrationInfo m) -> {
                // (PostgreSQL's history also holds the schema's creation, without a version)
                assertThat(m.getVersion()).isNotNull();
                assertThat(m.getVersion().getVersion()).isEqualTo(version);
                assertThat(m.getType().name()).isEqualTo("JDBC");
              });
    }
  }
}
