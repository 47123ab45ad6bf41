package org.minecarbon.server.access.internal;

import org.minecarbon.server.access.CurrentUser;
import org.minecarbon.store.Store;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link AccessInterceptor} for every path (it skips framework handlers itself). */
@Configuration(proxyBeanMethods = false)
class AccessWebConfig implements WebMvcConfigurer {
  private final CurrentUser currentUser;
  private final Store store;

  AccessWebConfig(CurrentUser currentUser, Store store) {
    this.currentUser = currentUser;
    this.store = store;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AccessInterceptor(currentUser, store)).addPathPatterns("/**");
  }
}
