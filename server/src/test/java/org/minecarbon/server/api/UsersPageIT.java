package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The users page: an administrator gives a new user roles and a site scope, then changes both. */
class UsersPageIT extends ApiTestBase {
  private final WebSession browser = new WebSession(this::uri);

  @Test
  void usersPage_createWithSiteScope_thenChangeRolesAndClearScope() throws Exception {
    long id = importNew(METAL);
    browser.login(USER, PASSWORD);
    String page = browser.page("/admin/users?lang=en").body();
    assertThat(page).contains("value=\"" + id + "/pit\"").contains("Roles and scope");
    String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> created =
        browser.form(
            "/admin/users",
            WebSession.token(page),
            "username=" + name + "&roles=VIEWER&scope=" + id + "%2Fpit");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body()).contains("created-password");
    JsonNode user = user(name);
    assertThat(user.get("roles").toString()).isEqualTo("[\"VIEWER\"]");
    assertThat(user.get("scope").get(0).get("enterpriseId").asLong()).isEqualTo(id);
    assertThat(user.get("scope").get(0).get("site").asString()).isEqualTo("pit");

    HttpResponse<String> changed =
        browser.form(
            "/admin/users/" + user.get("id").asLong(),
            WebSession.token(browser.page("/admin/users").body()),
            "roles=DATA_ENTRY&roles=REVIEWER");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    JsonNode after = user(name);
    assertThat(after.get("roles").toString()).contains("DATA_ENTRY").contains("REVIEWER");
    assertThat(after.get("scope")).isEmpty();
  }

  @Test
  void usersPage_malformedScopeValue_listedAndNothingCreated() throws Exception {
    browser.login(USER, PASSWORD);
    String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> r =
        browser.form(
            "/admin/users",
            WebSession.token(browser.page("/admin/users").body()),
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
}
