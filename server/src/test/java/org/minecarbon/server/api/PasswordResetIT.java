package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;

/**
 * Issue 11 (medium): a password reset left the user's sessions and tokens valid. After a reset the
 * user's open browser session is sent to the login page and its API tokens answer 401.
 */
class PasswordResetIT extends ApiTestBase {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

  @Test
  void reset_endsOpenSessionAndRevokesTokens() throws Exception {
    Actor viewer = actor(Role.VIEWER);
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login =
        "username="
            + viewer.username()
            + "&password="
            + URLEncoder.encode(viewer.password(), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        form(browser, "/login", token(page(browser, "/login").body()), login);
    assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
    assertThat(page(browser, "/account").statusCode()).isEqualTo(200);
    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> reset =
        post("/api/v1/admin/users/" + viewer.id() + "/password", JSON, new byte[0]);
    assertThat(reset.statusCode())
        .as(new String(reset.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);

    HttpResponse<String> after = page(browser, "/account");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location")).get().asString().contains("/login");
    assertThat(getAs(viewer, "/api/v1/me").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> form(HttpClient browser, String path, String csrf, String fields)
      throws Exception {
    String body = fields + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
