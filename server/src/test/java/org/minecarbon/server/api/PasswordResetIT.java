package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;

/**
 * Issue 11 (medium): a password reset left the user's sessions and tokens valid. After a reset the
 * user's open browser session is sent to the login page and its API tokens answer 401.
 */
class PasswordResetIT extends ApiTestBase {
  @Test
  void reset_endsOpenSessionAndRevokesTokens() throws Exception {
    Actor viewer = actor(Role.VIEWER);
    WebSession browser = new WebSession(this::uri);
    browser.login(viewer.username(), viewer.password());
    assertThat(browser.page("/account").statusCode()).isEqualTo(200);
    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> reset =
        post("/api/v1/admin/users/" + viewer.id() + "/password", JSON, new byte[0]);
    assertThat(reset.statusCode())
        .as(new String(reset.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);

    HttpResponse<String> after = browser.page("/account");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location")).get().asString().contains("/login");
    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(401);
  }
}
