package org.minecarbon.server.ui;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the UI: 中文 by default; {@code ?lang=en} (or {@code ?lang=zh}) on any page switches it
 * and a cookie keeps the choice.
 */
@Configuration(proxyBeanMethods = false)
public class UiWebConfig implements WebMvcConfigurer {
  /** Name of the cookie that stores the chosen language. */
  public static final String LANG_COOKIE = "MINECARBON_LANG";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver r = new CookieLocaleResolver(LANG_COOKIE);
    r.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    r.setCookieMaxAge(Duration.ofDays(365));
    r.setCookieHttpOnly(true);
    r.setCookieSameSite("Lax");
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    // first, so that a page refused by the access interceptor is already in the chosen language
    registry.addInterceptor(lang).order(Ordered.HIGHEST_PRECEDENCE);
  }
}
