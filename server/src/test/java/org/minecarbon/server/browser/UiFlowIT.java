package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The manager's path through the UI in a real browser, one step per test, in order (each step
 * builds on the previous one): sign in, create an enterprise, import a workbook with an error
 * (every problem listed with its location, nothing saved), import the fixed workbook, check a
 * balance-table cell against the engine, open its explanation, switch the language, download both
 * reports. Screenshots of the dashboard and the balance table go to {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + UiFlowIT.USER,
      "minecarbon.admin.initial-password=" + UiFlowIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiFlowIT {
  static final String USER = "admin";
  static final String PASSWORD = "browser-test-password";
  static final Path SHOTS = Path.of("target", "screenshots");
  static final double BENCHMARK = 0.15;

  @LocalServerPort int port;

  private Path tmp;

  private Browser browser;
  private long enterpriseId;
  private Path cleanXlsx;

  /** Same database choice as the API tests: in-memory H2, or PostgreSQL in a fresh schema. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if ("postgresql".equals(System.getProperty("minecarbon.test.db"))) {
      String schema = "ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url = System.getenv("MINECARBON_TEST_PG_URL");
      String sep = url.contains("?") ? "&" : "?";
      registry.add("spring.datasource.url", () -> url + sep + "currentSchema=" + schema);
      registry.add("spring.datasource.username", () -> env("MINECARBON_TEST_PG_USER"));
      registry.add("spring.datasource.password", () -> env("MINECARBON_TEST_PG_PASSWORD"));
      registry.add("spring.flyway.schemas", () -> schema);
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ui-it;DB_CLOSE_DELAY=-1");
    }
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  @BeforeAll
  void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Browser.available(),
        "browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing"
            + " (apt-get install -y chromium chromium-driver)");
    browser = new Browser("http://localhost:" + port);
    tmp = Files.createTempDirectory("minecarbon-ui-it");
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void signIn_withAdministrator_landsOnEnterprisesPage() throws IOException {
    browser.open("/");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    assertThat(browser.find("h1").getText()).isEqualTo("矿山碳平衡");
    browser.screenshot(SHOTS.resolve("login.png"));
    browser.find("#username").sendKeys(USER);
    browser.find("#password").sendKeys(PASSWORD);
    browser.find("button[type=submit]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/enterprises"));
    assertThat(browser.find("h1").getText()).isEqualTo("企业");
  }

  @Test
  @Order(2)
  void createEnterprise_withName_opensItsSettings() {
    WebElement form = browser.find("#create-enterprise");
    form.findElement(By.name("name")).sendKeys("浏览器测试煤业");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(d -> d.getCurrentUrl().matches(".*/e/\\d+/settings.*"));
    String url = browser.driver.getCurrentUrl();
    enterpriseId = Long.parseLong(url.replaceAll(".*/e/(\\d+)/settings.*", "$1"));
    assertThat(browser.find("h1").getText()).isEqualTo("企业设置");
  }

  @Test
  @Order(3)
  void importWorkbook_withUnknownFuel_listsProblemWithLocationAndSavesNothing() throws Exception {
    Inventory example = Workbooks.readJson(Workbooks.example("coal-mine.json"));
    cleanXlsx = Workbooks.write(example, tmp.resolve("coal-mine.xlsx"));
    Path broken = tmp.resolve("coal-mine-broken.xlsx");
    String where = Workbooks.replaceFirst(cleanXlsx, broken, "diesel", "unobtainium");
    String sheet = where.substring(0, where.indexOf(':'));
    String row = where.substring(where.indexOf(':') + 1);

    upload(broken);

    WebElement errors = browser.find("#import-errors");
    assertThat(errors.getText()).contains("未导入任何数据");
    List<WebElement> issues = errors.findElements(By.cssSelector("tr[data-issue]"));
    assertThat(issues).isNotEmpty();
    WebElement fuelIssue =
        issues.stream()
            .filter(i -> "UNKNOWN_FUEL".equals(i.getDomAttribute("data-code")))
            .findFirst()
            .orElseThrow();
    assertThat(fuelIssue.getDomAttribute("data-location"))
        .isEqualTo("sheet " + sheet + ", row " + row + ", column fuel");
    assertThat(fuelIssue.getDomAttribute("data-pointer")).matches("/activities/\\d+/fuel");
    // the page says it in Chinese: the workbook cell, then the sentence for UNKNOWN_FUEL
    assertThat(fuelIssue.getText())
        .contains("工作表“" + sheet + "”第 " + row + " 行“fuel”列")
        .contains("燃料不在燃料代码表中")
        .contains("unobtainium")
        .doesNotContain("UNKNOWN_FUEL");
    browser.screenshot(SHOTS.resolve("import-errors.png"));
    assertThat(apiGet("/api/v1/enterprises/" + enterpriseId + "/rows")).isEqualTo("[]");
  }

  @Test
  @Order(4)
  void importWorkbook_fixed_showsCounts() throws Exception {
    upload(cleanXlsx);
    WebElement ok = browser.find("#import-ok");
    Inventory inv = Workbooks.readXlsx(cleanXlsx);
    assertThat(ok.getText())
        .contains("coal-mine.xlsx")
        .contains(
            "新增 "
                + (inv.activities().size() + inv.sinks().size() + inv.production().size())
                + " 行");
    assertThat(apiGet("/api/v1/enterprises/" + enterpriseId + "/rows")).contains("\"period\"");
  }

  @Test
  @Order(5)
  void benchmark_added_isListed() {
    browser.open("/benchmarks");
    browser.find("#bm-product").sendKeys("raw-coal");
    browser.find("#bm-intensity").sendKeys(String.valueOf(BENCHMARK));
    browser.find("#bm-year").sendKeys("2024");
    browser.find("#bm-source").sendKeys("行业先进值（测试）");
    browser.find("#benchmark-form button[type=submit]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("saved"));
    // listed by the product's Chinese name (issue 12: no raw-coal in the Chinese UI), code kept
    assertThat(browser.find("#benchmarks").getText()).contains("原煤", "0.15", "2024");
    assertThat(browser.find("#benchmarks [data-product=raw-coal]").getText()).isEqualTo("原煤");
  }

  @Test
  @Order(6)
  void balanceTable_cell_equalsEngineValueRoundedAndExplains() throws Exception {
    Balance engine = engineBalance();
    int year = engine.years().getLast().year();
    double ch4 = engine.year(year).orElseThrow().totals().get(Column.FUGITIVE_CH4);
    double total = engine.year(year).orElseThrow().totals().emissionsTotal();

    browser.open("/e/" + enterpriseId + "/balance");
    WebElement cell = browser.find("a[data-cell='" + year + "-fugitiveCH4']");
    assertThat(cell.getAttribute("data-value")).isEqualTo(twoDecimals(ch4));
    assertThat(cell.getText()).isEqualTo(grouped(ch4));
    assertThat(browser.find("a[data-cell='" + year + "-emissions']").getAttribute("data-value"))
        .isEqualTo(twoDecimals(total));
    assertThat(browser.find("#t1-emissions thead").getText()).contains("逃逸", "CH₄", "化石燃料燃烧");
    double intensity = engine.year(year).orElseThrow().intensity().get("raw-coal");
    assertThat(browser.find("[data-gap='" + year + "-raw-coal']").getText())
        .startsWith(String.format(Locale.ROOT, "%.4f", intensity - BENCHMARK));

    cell.click();
    WebElement panel = browser.find("#explain-panel");
    browser.waitUntil(d -> panel.getText().contains(year + " · 逃逸 CH₄"));
    assertThat(panel.getText()).contains(grouped(ch4)).contains("CN-2015:");
    // the formula in words from report/formulas.csv (mine-methane, docs/methodology.md §3.5), not
    // the engine's English symbols
    assertThat(panel.getText()).contains("CH₄ 排放量 =").doesNotContain("ventilation + drainage");
    assertThat(panel.findElements(By.cssSelector(".tag"))).isNotEmpty();
    browser.screenshot(SHOTS.resolve("balance-table.png"));
  }

  @Test
  @Order(7)
  void dashboard_afterImport_drawsCharts() throws Exception {
    browser.open("/e/" + enterpriseId + "/dashboard");
    browser.waitFor("#dashboard[data-ready='true']");
    for (String id :
        List.of(
            "net", "composition", "waterfall", "trend", "intensity", "scope", "site", "stage")) {
      assertThat(browser.find("#chart-" + id).findElements(By.cssSelector("svg")))
          .as("chart " + id)
          .isNotEmpty();
    }
    sleepForAnimation();
    browser.screenshot(SHOTS.resolve("dashboard.png"));
  }

  @Test
  @Order(8)
  void dataEntry_negativeQuantity_showsInlineErrorAndSavesNothing() throws Exception {
    int before = rowCount();
    browser.open("/e/" + enterpriseId + "/entry?year=2024&type=fuel");
    WebElement form = browser.find("#add-form");
    new org.openqa.selenium.support.ui.Select(form.findElement(By.name("v.fuel")))
        .selectByValue("diesel");
    form.findElement(By.name("v.quantity")).sendKeys("-5");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement error = browser.find(".field-error[data-for='quantity']");
    assertThat(error.getAttribute("data-code")).isEqualTo("NEGATIVE_QUANTITY");
    assertThat(rowCount()).isEqualTo(before);
    browser.screenshot(SHOTS.resolve("entry-error.png"));

    WebElement again = browser.find("#add-form");
    again.findElement(By.name("v.quantity")).clear();
    again.findElement(By.name("v.quantity")).sendKeys("12.5");
    again.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("added"));
    assertThat(browser.find("#entry-grid").getText()).contains("12.5");
    assertThat(rowCount()).isEqualTo(before + 1);
  }

  @Test
  @Order(9)
  void importNew_seed002Document_reproducesTable1() throws IOException {
    browser.open("/enterprises");
    browser
        .driver
        .findElement(By.id("import-new-file"))
        .sendKeys(Workbooks.example("seed-002-table1.json").toAbsolutePath().toString());
    browser.find("#import-new-submit").click();
    browser.waitUntil(d -> d.getCurrentUrl().matches(".*/e/\\d+/balance"));
    // seed 002 Table 1 (tCO2e): emissions subtotal and fuel per year, the 2023 allowance
    assertThat(cellText("2022-emissions")).isEqualTo("603,896.90");
    assertThat(cellText("2023-emissions")).isEqualTo("594,838.44");
    assertThat(cellText("2024-emissions")).isEqualTo("581,157.16");
    assertThat(cellText("2022-fuel")).isEqualTo("377,956.25");
    assertThat(cellText("2024-fugitiveCH4")).isEqualTo("128,770.15");
    assertThat(cellText("2023-allowance")).isEqualTo("594,838.45");
    assertThat(cellText("2022-carbonate")).isEqualTo("—");
    browser.screenshot(SHOTS.resolve("balance-seed002.png"));
    browser.driver.get(browser.driver.getCurrentUrl().replace("/balance", "/dashboard"));
    browser.waitFor("#dashboard[data-ready='true']");
    sleepForAnimation();
    browser.screenshot(SHOTS.resolve("dashboard-seed002.png"));
  }

  @Test
  @Order(10)
  void languageSwitch_toEnglish_translatesAndPersists() throws IOException {
    browser.open("/e/" + enterpriseId + "/balance");
    browser.driver.findElement(By.cssSelector("nav.lang a[lang=en]")).click();
    browser.waitUntil(
        d -> d.findElement(By.tagName("h1")).getText().equals("Carbon balance table"));
    assertThat(browser.find("#t1-emissions thead").getText())
        .contains("Fuel combustion", "Fugitive");
    browser.open("/e/" + enterpriseId + "/dashboard");
    assertThat(browser.find("h1").getText()).isEqualTo("Dashboard");
    assertThat(browser.find("nav.mainnav").getText()).contains("Balance table", "Data entry");
    browser.open("/factors?prefix=fuel.diesel");
    assertThat(browser.find("#factor-table").getText()).contains("fuel.diesel.ncv");
    browser.screenshot(SHOTS.resolve("factors-en.png"));
  }

  @Test
  @Order(11)
  void reports_bothLinks_downloadWithTheirContentTypes() throws Exception {
    browser.open("/e/" + enterpriseId + "/reports");
    HttpResponse<byte[]> xlsx = fetch(browser.find("#report-xlsx").getAttribute("href"));
    HttpResponse<byte[]> pdf = fetch(browser.find("#report-pdf").getAttribute("href"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  private String cellText(String cell) {
    return browser.find("a[data-cell='" + cell + "']").getText();
  }

  /** Lets the charts' entry animation finish before a picture is taken. */
  private static void sleepForAnimation() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void upload(Path file) {
    browser.open("/e/" + enterpriseId + "/import");
    browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
    browser.find("#import-submit").click();
    browser.waitUntil(
        d -> !d.findElements(By.cssSelector("#import-preview, #import-errors")).isEmpty());
    // a clean file is previewed first (issue 12); confirm it
    if (!browser.driver.findElements(By.id("import-confirm")).isEmpty()) {
      browser.find("#import-confirm").click();
      browser.waitUntil(d -> !d.findElements(By.cssSelector("#import-ok")).isEmpty());
    }
  }

  private Balance engineBalance() throws IOException {
    Result<Balance> r =
        new BalanceCalculator(FactorLibrary.builtIn()).calculate(Workbooks.readXlsx(cleanXlsx));
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Balance>) r).value();
  }

  /** The balance page's data attribute: two decimals, no grouping. */
  static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** The balance page's cell text: two decimals with digit grouping. */
  static String grouped(double v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private String apiGet(String path) throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(browser.base + path))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .build();
    HttpResponse<String> res =
        HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(path).isEqualTo(200);
    return res.body().strip();
  }

  private int rowCount() throws IOException, InterruptedException {
    String json = apiGet("/api/v1/enterprises/" + enterpriseId + "/rows");
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).size();
  }

  /** Fetches a link the way the browser would, with its session cookie. */
  private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "MINECARBON_SESSION=" + browser.sessionCookie())
            .build();
    HttpResponse<byte[]> res =
        HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    return res;
  }
}
