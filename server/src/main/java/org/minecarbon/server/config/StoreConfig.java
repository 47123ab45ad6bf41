package org.minecarbon.server.config;

import javax.sql.DataSource;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.store.Store;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store over Spring's data source (schema migrated by Spring Boot's Flyway support). */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

  @Bean
  Store store(DataSource dataSource) {
    return new Store(dataSource);
  }

  /**
   * Spring Boot's Flyway runs the store's Java migrations with the SQL ones: every one that {@link
   * Store#flyway} registers, so that a migration added there is never missing here.
   */
  @Bean
  FlywayConfigurationCustomizer storeJavaMigrations() {
    return configuration -> configuration.javaMigrations(Store.javaMigrations());
  }

  @Bean
  FactorLibrary builtInFactorLibrary() {
    return FactorLibrary.builtIn();
  }
}
