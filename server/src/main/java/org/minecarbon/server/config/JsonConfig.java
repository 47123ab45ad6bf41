package org.minecarbon.server.config;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;

/**
 * The API reads JSON as strictly as the document import does (issue 11): a key given twice in one
 * object is a 400 {@code INVALID_JSON}, not "last one wins".
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {
  @Bean
  JsonMapperBuilderCustomizer strictDuplicateKeys() {
    return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }
}
