package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The users page: an administrator gives a new user roles and a site scope, then changes both. */
class UsersPageIT extends ApiTestBase {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void usersPage_createWithSiteScope_thenChangeRolesAndClearScope() throws Exception {
    long id = importNew(METAL);
    login();
    String page = web("/admin/users?lang=en").body();
    assertThat(page).contains("value=\"" + id + "/pit\"").contains("Roles and scope");
    String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> created =
        form(
            "/admin/users",
            token(page),
            "username=" + name + "&roles=VIEWER&scope=" + id + "%2Fpit");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body()).contains("created-password");
    JsonNode user = user(name);
    assertThat(user.get("roles").toString()).isEqualTo("[\"VIEWER\"]");
    assertThat(user.get("scope").get(0).get("enterpriseId").asLong()).isEqualTo(id);
    assertThat(user.get("scope").get(0).get("site").asString()).isEqualTo("pit");

    HttpResponse<String> changed =
        form(
            "/admin/users/" + user.get("id").asLong(),
            token(web("/admin/users").body()),
            "roles=DATA_ENTRY&roles=REVIEWER");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    JsonNode after = user(name);
    assertThat(after.get("roles").toString()).contains("DATA_ENTRY").contains("REVIEWER");
    assertThat(after.get("scope")).isEmpty();
  }

  @Test
  void usersPage_malformedScopeValue_listedAndNothingCreated() throws Exception {
    login();
    String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> r =
        form(
            "/admin/users",
            token(web("/admin/users").body()),
            "username=" + name + "&roles=VIEWER&scope=x%2F");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("scope");
    assertThat(user(name)).isNull();
  }

  private JsonNode user(String name) {
    for (JsonNode u : json(get("/api/v1/admin/users"))) {
      if (u.get("username").asString().equals(name)) {
        return u;
      }
    }
    return null;
  }

  private void login() throws Exception {
    String form =
        "username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> r = form("/login", token(web("/login").body()), form);
    assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("error");
  }

  private HttpResponse<String> form(String path, String csrf, String fields) throws Exception {
    String body = fields + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> web(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    if (m.find()) {
      return m.group(1);
    }
    Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(hidden.find()).as("a CSRF token in the page").isTrue();
    return hidden.group(1);
  }
}
