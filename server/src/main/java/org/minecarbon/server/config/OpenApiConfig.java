package org.minecarbon.server.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (issue 12): title "MineCarbon API", the project version (from the build
 * info), and the API token as a bearer scheme so Swagger UI shows Authorize. Token requests carry
 * an Authorization header and are therefore not CSRF-checked (see {@link SecurityConfig}), so "Try
 * it out" works for POST as well. Basic authentication stays documented for scripts.
 */
@Configuration
class OpenApiConfig {
  static final String TOKEN = "apiToken";
  static final String BASIC = "basic";

  @Bean
  OpenAPI mineCarbonOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties b = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("MineCarbon API")
                .version(version(b))
                .description(
                    "Carbon accounting for mines. Authorize with an API token (账户 → API 令牌):"
                        + " Authorization: Bearer mc_…; every call is scoped to the token's"
                        + " enterprises and permissions."))
        .components(
            new Components()
                .addSecuritySchemes(
                    TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("mc_ API token")
                        .description("An API token created on the account page"))
                .addSecuritySchemes(
                    BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(TOKEN))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  private static String version(@Nullable BuildProperties b) {
    String v = b == null ? null : b.getVersion();
    return v == null ? "development" : v;
  }
}
