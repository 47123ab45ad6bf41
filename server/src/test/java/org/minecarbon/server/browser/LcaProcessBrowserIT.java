package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, "pick a process, see its footprint with contributions": USLCI uploaded once; every role
 * (all hold READ) goes databases → 过程 → search → the grid process, in zh and en, and sees the total
 * (equal to the API's), the ECharts bar chart, the contribution tables, the upstream tree and the
 * inventory, with no English UI text on the Chinese page outside the database's own names ({@code
 * data-user}); a bad amount is shown as a sentence, not a server error.
 */
class LcaProcessBrowserIT extends BrowserTestBase {
  private static final Path USLCI = Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");
  private static final String GRID = "89389d98-1ba6-30c5-9c33-92443694936b";

  /** Text nodes outside data, code, scripts, elements in their own language and decoration. */
  private static final String TEXT_JS =
      "var skip = '[data-user],[data-source],code,textarea,script,style,noscript,"
          + "[aria-hidden=true],body [lang]';"
          + "var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "var out = []; var n;"
          + "while ((n = w.nextNode())) { if (!n.parentElement.closest(skip)) out.push(n.nodeValue); }"
          + "return out.join('\\n').replace(/[\\u2080-\\u2089]/g, function(d){"
          + "return String.fromCharCode(d.charCodeAt(0) - 0x2080 + 48);});";

  private long db;

  @BeforeAll
  void upload() {
    signIn(ADMIN);
    open("/lca/databases", "zh");
    browser.find("#lca-db-name").sendKeys("USLCI 2017");
    browser.find("#lca-db-file").sendKeys(USLCI.toAbsolutePath().normalize().toString());
    browser.find("#lca-db-submit").click();
    waitLong(d -> !d.findElements(By.cssSelector("#lca-databases tr[data-db]")).isEmpty());
    db = Long.parseLong(browser.find("#lca-databases tr[data-db]").getDomAttribute("data-db"));
  }

  @Test
  void everyRole_searchPickProcess_seesTotalChartTablesTreeInventory() throws Exception {
    for (Role role : Role.values()) {
      signIn(role == Role.ADMIN ? ADMIN : user(role));
      for (String lang : List.of("zh", "en")) {
        open("/lca/databases", lang);
        browser.find("#lca-databases a.lca-db-processes").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/processes"));
        browser.find("#lca-q").sendKeys("electricity");
        browser.find("#lca-search-submit").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=electricity"));
        assertThat(browser.driver.findElements(By.cssSelector("#lca-processes tr[data-process]")))
            .isNotEmpty();
        assertThat(leaks(lang)).as(role + " " + lang + " processes page").isEmpty();
        String tag = role.name().toLowerCase(Locale.ROOT);
        shot("lca-process", tag + "-search-" + lang);

        open("/lca/databases/" + db + "/processes/" + GRID, lang);
        waitLong(
            d -> !d.findElements(By.cssSelector("#chart-process-contributions svg")).isEmpty());
        double shown = Double.parseDouble(browser.find("#lca-total").getDomAttribute("data-total"));
        JsonNode api = api("/api/v1/lca/databases/" + db + "/processes/" + GRID);
        assertThat(shown).as(role + " total").isEqualTo(api.get("total").asDouble());
        assertThat(browser.driver.findElements(By.cssSelector("#lca-by-process tr[data-process]")))
            .hasSize(api.get("byProcess").size());
        assertThat(browser.driver.findElements(By.cssSelector("#lca-by-flow tr[data-flow]")))
            .isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#lca-tree details.upstream-node")))
            .isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#lca-inventory tr[data-flow]")))
            .hasSize(api.at("/inventory/flows").size());
        assertThat(leaks(lang)).as(role + " " + lang + " result page").isEmpty();
        shotAt(1280, "lca-process", tag + "-result-" + lang);
      }
    }
  }

  @Test
  void badAmount_showsTheIssueInWords_notAServerError() throws Exception {
    signIn(user(Role.VIEWER));
    for (String lang : List.of("zh", "en")) {
      open("/lca/databases/" + db + "/processes/" + GRID + "?amount=abc", lang);
      assertThat(browser.find("#lca-issues [data-issue]").getDomAttribute("data-code"))
          .isEqualTo("LCA_INVALID_AMOUNT");
      assertThat(browser.find("#lca-issues [data-issue]").getText()).isNotBlank();
      assertThat(leaks(lang)).as(lang).isEmpty();
      shot("lca-process", "bad-amount-" + lang);
    }
  }

  private List<String> leaks(String lang) {
    String text = (String) browser.driver.executeScript(TEXT_JS);
    return LanguageCrawlBrowserIT.leaks(text, lang);
  }

  private void waitLong(java.util.function.Function<WebDriver, Boolean> c) {
    new WebDriverWait(browser.driver, Duration.ofMinutes(5))
        .ignoring(StaleElementReferenceException.class)
        .until(c);
  }

  private JsonNode api(String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Cookie", "MINECARBON_SESSION=" + browser.sessionCookie())
            .GET()
            .build();
    HttpResponse<byte[]> res =
        HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(res.statusCode()).isEqualTo(200);
    return JsonCodec.mapper().readTree(res.body());
  }
}
