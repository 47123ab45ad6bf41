package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 in a browser: the dashboard's target trajectory (a hint with a link before any plan;
 * after the admin creates and runs a plan, every READ role sees actual emissions beside the run's
 * path, the targets, the gap in words and the plan/version/run it comes from, in zh and en), and
 * the provinces' energy import (controls only for MANAGE_CATALOG; an invalid workbook lists every
 * problem and stores nothing; a valid one is previewed, names the rows it would replace, and is
 * stored only on confirmation). Screenshots under {@code target/screenshots/trajectory/}.
 */
class DashboardTrajectoryBrowserIT extends BrowserTestBase {
  private static final Path ZONE = Path.of("../io/src/test/resources/org/minecarbon/io/zone");

  private static final String PLAN = "路径方案";

  @Test
  void trajectoryForEveryReader_importOnlyForCatalogueEditors() throws Exception {
    long e = coalMine();
    signIn(ADMIN);
    open("/e/" + e + "/dashboard", "zh");
    assertThat(browser.find("#trajectory-none").getText()).contains("尚无减排规划");
    assertThat(browser.find("#trajectory-create").getAttribute("href"))
        .endsWith("/e/" + e + "/plans");
    assertThat(browser.driver.findElements(By.id("chart-trajectory"))).isEmpty();
    shot("trajectory", "no-plan-zh");
    // the no-plan link invites to create a plan only who may (EDIT_DATA); the others are sent to
    // the plans page to read them
    for (Role role : Role.values()) {
      signIn(role == Role.ADMIN ? ADMIN : user(role));
      for (String lang : List.of("zh", "en")) {
        open("/e/" + e + "/dashboard", lang);
        boolean edits = role.grants(Permission.EDIT_DATA);
        String text =
            lang.equals("zh")
                ? (edits ? "新建减排规划" : "查看减排规划")
                : (edits ? "Create a reduction plan" : "View reduction plans");
        assertThat(browser.find("#trajectory-create").getText())
            .as(role + " " + lang)
            .isEqualTo(text);
      }
    }
    signIn(ADMIN);

    createAndRun(e);
    checkGapAgainstData(e);

    for (Role role : Role.values()) {
      String name = role == Role.ADMIN ? ADMIN : user(role);
      signIn(name);
      for (String lang : List.of("zh", "en")) {
        String r = role.name().toLowerCase(Locale.ROOT);
        open("/e/" + e + "/dashboard", lang);
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
            .until(
                d ->
                    !d.findElements(By.cssSelector("#chart-trajectory[data-ready=true]"))
                        .isEmpty());
        assertThat(browser.find("#trajectory-source").getText())
            .contains(PLAN)
            .doesNotContain("UTC");
        assertThat(browser.find("#trajectory-source time.local-time").getAttribute("datetime"))
            .isNotBlank();
        assertThat(browser.find("#trajectory-gap").getText())
            .contains(lang.equals("zh") ? "实际排放" : "actual emissions");
        assertThat(browser.find("#trajectory-targets").getText())
            .contains(lang.equals("zh") ? "碳中和" : "Neutral");
        assertLanguage(lang, r + " dashboard");
        shot("trajectory", r + "-dashboard-" + lang);

        browser.find("#trajectory-provinces").click();
        browser.find("main h1");
        boolean controls =
            !browser
                .driver
                .findElements(By.cssSelector("[data-control='province-energy-import']"))
                .isEmpty();
        assertThat(controls).as(r).isEqualTo(role.grants(Permission.MANAGE_CATALOG));
        assertLanguage(lang, r + " province-energy");
      }
    }

    importFlow(e);
  }

  private void importFlow(long e) throws Exception {
    signIn(ADMIN);
    open("/e/" + e + "/province-energy", "zh");
    upload("province-energy-invalid.xlsx");
    // the 7 problems of ProvinceEnergyXlsxTest, each with sheet, row and column; nothing stored
    List<WebElement> issues =
        browser.driver.findElements(By.cssSelector("#pe-refused tr[data-issue]"));
    assertThat(issues)
        .extracting(i -> i.getAttribute("data-pointer"))
        .containsExactly(
            "省份能源!A2", "省份能源!C2", "省份能源!B3", "省份能源!E3", "省份能源!A5", "省份能源!D6", "省份能源!B6");
    assertThat(issues.get(1).getText()).contains("省份能源").contains("2");
    assertThat(browser.find("#pe-empty").isDisplayed()).isTrue();
    assertLanguage("zh", "refused");
    shot("trajectory", "import-refused-zh");

    upload("province-energy-golden.xlsx");
    assertThat(browser.driver.findElements(By.cssSelector("#pe-preview-table tr[data-effect=new]")))
        .hasSize(3);
    assertThat(browser.driver.findElements(By.id("pe-replace-warning"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("pe-table"))).isEmpty();
    shot("trajectory", "import-preview-zh");
    browser.find("#pe-confirm-button").click();
    assertThat(browser.find("#pe-imported").getText()).contains("3");
    assertThat(browser.driver.findElements(By.cssSelector("#pe-table tbody tr"))).hasSize(3);

    open("/e/" + e + "/province-energy", "en");
    upload("province-energy-golden.xlsx");
    // the same three province-years again: each replaces a stored row with equal values
    assertThat(browser.find("#pe-replace-warning").getText()).contains("3");
    assertThat(
            browser.driver.findElements(By.cssSelector("#pe-preview-table tr[data-effect=same]")))
        .hasSize(3);
    assertThat(browser.find("#pe-confirm-button").getText()).contains("replace 3");
    assertLanguage("en", "preview");
    shot("trajectory", "import-replace-en");
    browser.find("#pe-cancel button").click();
    assertThat(browser.driver.findElements(By.id("pe-preview"))).isEmpty();

    HttpResponse<byte[]> xlsx = fetch(browser.find("#pe-template-xlsx").getAttribute("href"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
  }

  /** The gap sentence's percentage against the chart data's own actual and path values. */
  private void checkGapAgainstData(long e) throws Exception {
    HttpResponse<byte[]> r = fetch("/e/" + e + "/dashboard/data");
    JsonNode t = JsonCodec.mapper().readTree(r.body()).get("trajectory");
    List<JsonNode> actual = new java.util.ArrayList<>();
    t.get("actual").forEach(actual::add);
    int last = 0;
    for (int i = 0; i < actual.size(); i++) {
      if (!actual.get(i).isNull()) {
        last = i;
      }
    }
    double a = actual.get(last).asDouble();
    double p = Double.NaN;
    for (JsonNode v : t.get("path")) {
      if (!v.isNull()) {
        p = v.asDouble();
        break;
      }
    }
    // the coal mine's last year precedes the plan horizon: compared with the path's first year
    double pct = Math.abs(a / p - 1) * 100;
    open("/e/" + e + "/dashboard", "zh");
    String gap = browser.find("#trajectory-gap").getText();
    assertThat(gap).contains(String.format(Locale.ROOT, "%.1f %%", pct));
    assertThat(gap).contains(t.get("years").get(last).asString() + " 年实际排放");
    assertThat(a)
        .isCloseTo(
            Double.parseDouble(gap.replaceAll("^.*实际排放 ([0-9,.]+) 万吨.*$", "$1").replace(",", ""))
                * 1e4,
            within(50.0));
  }

  private void createAndRun(long e) throws Exception {
    open("/e/" + e + "/plans", "zh");
    browser.find("#plan-name").sendKeys(PLAN);
    String row = "#plan-catalogue tr[data-measure='onsite-pv'] ";
    browser.find(row + "input[type=checkbox]").click();
    type(row + "input[name$='.value']", "26000");
    type(row + "input[name$='.capex']", "8000");
    type(row + "input[name$='.opex']", "80");
    type(row + "input[name$='.lifetime']", "25");
    browser.find("[data-control='plan-create'] button[type=submit]").click();
    browser.find("[data-control='plan-run']").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(180))
        .until(d -> !d.findElements(By.cssSelector("#plan-charts[data-ready=true]")).isEmpty());
  }

  private void upload(String file) {
    browser.find("#pe-file").sendKeys(ZONE.resolve(file).toAbsolutePath().normalize().toString());
    browser.find("#pe-preview-button").click();
    browser.find("main h1");
  }

  private void type(String css, String text) {
    WebElement el = browser.find(css);
    el.clear();
    el.sendKeys(text);
  }

  private void assertLanguage(String lang, String what) {
    String text = (String) browser.driver.executeScript(LanguageCrawlBrowserIT.TEXT_JS);
    assertThat(LanguageCrawlBrowserIT.leaks(text, lang)).as(lang + " " + what).isEmpty();
  }

  private HttpResponse<byte[]> fetch(String href) throws Exception {
    URI uri = URI.create(href.startsWith("http") ? href : "http://localhost:" + port + href);
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .header("Cookie", "MINECARBON_SESSION=" + browser.sessionCookie())
            .build();
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }
  }
}
