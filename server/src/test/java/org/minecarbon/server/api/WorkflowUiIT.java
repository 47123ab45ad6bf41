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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The workflow pages through a signed-in browser session (form login, CSRF tokens): year panel and
 * its buttons, a locked year on the entry page, row history, a stale save, the audit page.
 */
class WorkflowUiIT extends ApiTestBase {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private HttpClient browser;

  @BeforeEach
  void signIn() {
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String token = csrf(page("/login"));
    HttpResponse<String> r = form("/login", token, "username=" + USER + "&password=" + PASSWORD);
    assertThat(r.uri().getPath()).doesNotContain("login");
  }

  @Test
  void yearPanel_submitLocksTheEntryPage_historyAndAuditPagesShowEntries() {
    long id = importNew(COAL);
    String e = "/e/" + id;
    long rowId =
        json(postJson(
                "/api/v1/enterprises/" + id + "/rows",
                "{\"source\":\"fuel\",\"period\":\"2024-05\",\"fuel\":\"diesel\","
                    + "\"quantity\":10,\"unit\":\"t\"}"))
            .get("id")
            .asLong();
    String years = page(e + "/years");
    assertThat(years).contains("year-2024").contains("/years/2024/submit");

    HttpResponse<String> submitted = form(e + "/years/2024/submit", csrf(years), "reason=");
    assertThat(submitted.body()).contains("workflow-done").contains("/years/2024/review");

    String entry = page(e + "/entry?year=2024");
    assertThat(entry).contains("year-locked").doesNotContain("/delete\"").doesNotContain("add-row");
    assertThat(page(e + "/rows/" + rowId + "/history"))
        .contains("audit-entries")
        .doesNotContain("500");
    String audit = page("/admin/audit");
    assertThat(audit).contains("audit-entries");
    HttpResponse<String> check = form("/admin/audit/verify", csrf(audit), "");
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(check.body()).contains("chain-result").contains("alert ok");
  }

  @Test
  void entryForm_staleVersion_showsClearMessageAndKeepsStoredRow() {
    long id = importNew(COAL);
    JsonNode row = json(get("/api/v1/enterprises/" + id + "/rows")).get(0);
    long rowId = row.get("id").asLong();
    String e = "/e/" + id;
    String edit = page(e + "/entry?year=2024&edit=" + rowId);
    // someone else saves the row meanwhile (version + 1)
    assertThat(
            putJson(
                    "/api/v1/enterprises/" + id + "/rows/" + rowId,
                    row.get("doc").toString(),
                    "\"" + row.get("version").asLong() + "\"")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> r =
        form(
            e + "/entry/rows/" + rowId,
            csrf(edit),
            "version="
                + row.get("version").asLong()
                + "&kind=activity&type=fuel&period=2024-01"
                + "&material=diesel&quantity=999&unit=t&fYear=2024");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("stale-row");
    assertThat(
            json(get("/api/v1/enterprises/" + id + "/rows/" + rowId))
                .get("doc")
                .get("quantity")
                .asDouble())
        .isEqualTo(row.get("doc").get("quantity").asDouble());
  }

  private String page(String path) {
    HttpResponse<String> r = sendBrowser(HttpRequest.newBuilder(uri(path)).GET().build());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private HttpResponse<String> form(String path, String csrf, String body) {
    String all = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&" + body;
    return sendBrowser(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(all))
            .build());
  }

  private HttpResponse<String> sendBrowser(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
