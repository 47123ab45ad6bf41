package org.minecarbon.server.config;

import javax.sql.DataSource;
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

  @Bean
  FactorLibrary builtInFactorLibrary() {
    return FactorLibrary.builtIn();
  }
}
