package org.minecarbon.server.config;

import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store over Spring's data source (schema migrated by Spring Boot's Flyway support). */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

  @Bean
  Store store(DataSource dataSource) {
    return new Store(dataSource);
  }

  /** The store's Java migrations, which Spring Boot's Flyway support runs with the SQL ones. */
  @Bean
  JavaMigration postgresStorage() {
    return Store.javaMigrations()[0];
  }

  @Bean
  FactorLibrary builtInFactorLibrary() {
    return FactorLibrary.builtIn();
  }
}
