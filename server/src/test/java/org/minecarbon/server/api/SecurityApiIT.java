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

/**
 * Form login gives a session (HttpOnly, SameSite=Lax cookie) that the API accepts too; writes
 * through the session need the CSRF token, writes with HTTP Basic do not.
 */
class SecurityApiIT extends ApiTestBase {
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  @Test
  void formLogin_sessionReadsApi_writesNeedCsrf() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String form =
        "username="
            + USER
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf(browser), StandardCharsets.UTF_8);
    String before = session(cookies);
    assertThat(before).isNotEmpty();

    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    // session fixation: signing in issues a new session id
    assertThat(session(cookies)).isNotEmpty().isNotEqualTo(before);
    assertThat(login.headers().firstValue("Set-Cookie").orElse(""))
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    HttpResponse<byte[]> list =
        browser.send(
            HttpRequest.newBuilder(uri("/api/v1/enterprises")).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(list.statusCode()).isEqualTo(200);

    String body = "{\"product\":\"raw-coal\",\"intensity\":0.2,\"year\":2024,\"sourceNote\":\"t\"}";
    HttpResponse<byte[]> noToken =
        browser.send(benchmark(body).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertProblem(noToken, 403, "FORBIDDEN");

    HttpResponse<byte[]> withToken =
        browser.send(
            benchmark(body).header("X-CSRF-TOKEN", csrf(browser)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(withToken.statusCode()).isEqualTo(201);
  }

  private static String session(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("MINECARBON_SESSION"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  @Test
  void basicAuth_writeWithoutCsrf_allowed() {
    HttpResponse<byte[]> r =
        postJson("/api/v1/benchmarks", "{\"product\":\"ore\",\"intensity\":0.01,\"year\":2023}");

    assertThat(r.statusCode()).isEqualTo(201);
  }

  private HttpRequest.Builder benchmark(String body) {
    return HttpRequest.newBuilder(uri("/api/v1/benchmarks"))
        .header("Content-Type", JSON)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private String csrf(HttpClient browser) throws Exception {
    String page =
        browser
            .send(
                HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token on the login page").isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
