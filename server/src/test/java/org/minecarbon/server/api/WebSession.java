package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session of the tests that post the UI's forms over HTTP: its own cookies, no
 * redirects followed, the CSRF token read from a page (meta tag or hidden field).
 */
final class WebSession {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

  private final Function<String, URI> uri;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  WebSession(Function<String, URI> uri) {
    this.uri = uri;
  }

  /** Signs in through the login form; fails the test when the login page answers with an error. */
  void login(String user, String password) throws Exception {
    String fields =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> r = form("/login", token(page("/login").body()), fields);
    assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("error");
  }

  HttpResponse<String> page(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri.apply(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> form(String path, String csrf, String fields) throws Exception {
    String body = fields + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(uri.apply(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
