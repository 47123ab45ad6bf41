package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan pages in a browser: admin and data entry create a plan from the catalogue, run it, see
 * the charts and the adopted measures (the objective checked against the API's result) and download
 * the XLSX; reviewer, viewer and verifier see plans and results without edit or run controls;
 * Chinese pages show no English, English pages no Chinese (the language crawl's rule). Screenshots
 * go to {@code target/screenshots/plans/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + PlanBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + PlanBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "plan-browser-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "plans");

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:plans-it;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(
        Browser.available(),
        "browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing");
    browser = new Browser("http://localhost:" + port);
    group = store.users().user(ADMIN).orElseThrow().groupId();
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("../examples/coal-mine.json")));
    enterprise = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(enterprise, doc);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void editors_createRunAndReadTheResult_othersOnlyRead() throws Exception {
    provinceZone(ADMIN);
    String run = createAndRun(ADMIN, "光伏与复垦", "zh");
    createAndRun(user(Role.DATA_ENTRY), "数据员方案", "en");
    for (Role role : List.of(Role.REVIEWER, Role.VIEWER, Role.VERIFIER)) {
      signIn(user(role));
      for (String lang : List.of("zh", "en")) {
        open("/e/" + enterprise + "/plans", lang);
        assertThat(browser.driver.findElements(By.cssSelector("#plan-list tr[data-plan]")))
            .hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("[data-control='plan-create']")))
            .isEmpty();
        assertThat(
                browser.driver.findElements(
                    By.cssSelector("[data-control='plan-province-energy']")))
            .isEmpty();
        // the zone is shown to every role (山西 2023 entered by the admin: 80,000 > 22,000)
        assertThat(browser.find("#plan-zone-name").getText())
            .isEqualTo(lang.equals("zh") ? "煤炭能源生产区" : "Coal-production zone");
        browser.driver.findElement(By.cssSelector("#plan-list a")).click();
        browser.find("#plan-measures");
        assertThat(browser.driver.findElements(By.cssSelector("[data-control='plan-run']")))
            .isEmpty();
        open(run, lang);
        browser.find("#plan-adopted");
        shot(role, lang, "run");
      }
    }
  }

  /**
   * Enters 山西 2023 (made-up figures: production 80,000 > consumption 22,000 10^4 tce, new-energy
   * share 10 % ≤ 17.5 %) and checks the zone, its reason and the editor's 本省分区模板 (seed 004).
   */
  private void provinceZone(String user) throws IOException {
    signIn(user);
    open("/e/" + enterprise + "/plans", "zh");
    browser.find("#plan-zone-none");
    type("#plan-province-form input[name=province]", "山西");
    type("#plan-province-form input[name=year]", "2023");
    type("#plan-province-form input[name=production]", "80000");
    type("#plan-province-form input[name=consumption]", "22000");
    type("#plan-province-form input[name=share]", "10");
    browser.find("#plan-province-save").click();
    assertThat(browser.find("#plan-zone-name").getText()).isEqualTo("煤炭能源生产区");
    assertThat(browser.find("#plan-zone-why").getText()).contains("80,000", "22,000", "10.0%");
    assertThat(browser.find("#plan-template-zone").getText()).contains("本省分区模板", "煤炭能源生产区");
    shot(user, "zh", "zone");
  }

  /** Creates a plan of two catalogue measures, runs it, checks the result page; its path. */
  private String createAndRun(String user, String name, String lang) throws Exception {
    signIn(user);
    open("/e/" + enterprise + "/plans", lang);
    browser.find("#plan-name").sendKeys(name);
    // on-site PV: 26,000 MWh/yr for 8,000 万元, 80 万元/yr, 25 years; revegetation 2,500 tCO2/yr
    measure("onsite-pv", "26000", "8000", "80", "25");
    measure("revegetation", "2500", "500", "20", "30");
    type("#plan-scenario-high-from", "300");
    type("#plan-scenario-high-to", "1200");
    shot(user, lang, "editor");
    browser.find("[data-control='plan-create'] button[type=submit]").click();
    browser.find("#plan-measures");
    assertThat(browser.find("#plan-measures").getText())
        .contains(lang.equals("zh") ? "矿区光伏发电" : "");
    browser.find("[data-control='plan-run']").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.cssSelector("#plan-charts[data-ready=true]")).isEmpty());
    String path = URI.create(browser.driver.getCurrentUrl()).getPath();
    shot(user, lang, "run");
    List<WebElement> adopted =
        browser.driver.findElements(By.cssSelector("#plan-adopted tr[data-measure]"));
    JsonNode result = api(path).get("result");
    assertThat(adopted).hasSize(result.get("adopted").size());
    double shown = Double.parseDouble(browser.find("#plan-objective").getAttribute("data-value"));
    assertThat(shown).isCloseTo(result.get("objective").asDouble(), within(1e-6));
    assertThat(browser.find("#plan-phases").getText())
        .contains(lang.equals("zh") ? "达峰攻坚期" : "Peak");
    HttpResponse<byte[]> xlsx = fetch(browser.find("#plan-xlsx").getAttribute("href"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
    HttpResponse<byte[]> pdf = fetch(browser.find("#plan-pdf").getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    // the comparison lists central and high (300 → 1200), each solved
    assertThat(
            browser.driver.findElements(By.cssSelector("#plan-scenario-table tr[data-scenario]")))
        .hasSize(2);
    for (String l : List.of("zh", "en")) {
      for (String page : List.of("/e/" + enterprise + "/plans", path)) {
        open(page, l);
        browser.find("main h1");
        String text = (String) browser.driver.executeScript(LANGUAGE_TEXT);
        assertThat(LanguageCrawlBrowserIT.leaks(text, l)).as(l + " " + page).isEmpty();
      }
    }
    return path;
  }

  private void measure(String id, String value, String capex, String opex, String lifetime) {
    String row = "#plan-catalogue tr[data-measure='" + id + "'] ";
    browser.find(row + "input[type=checkbox]").click();
    type(row + "input[name$='.value']", value);
    type(row + "input[name$='.capex']", capex);
    type(row + "input[name$='.opex']", opex);
    type(row + "input[name$='.lifetime']", lifetime);
  }

  private void type(String css, String text) {
    WebElement e = browser.find(css);
    e.clear();
    e.sendKeys(text);
  }

  /** The run as the API returns it, with the browser's session. */
  private JsonNode api(String runPagePath) throws Exception {
    String p = runPagePath.replace("/e/", "/api/v1/enterprises/");
    HttpResponse<byte[]> r = fetch(p);
    assertThat(r.statusCode()).isEqualTo(200);
    return JsonCodec.mapper().readTree(r.body());
  }

  private HttpResponse<byte[]> fetch(String href) throws Exception {
    URI uri = URI.create(href.startsWith("http") ? href : "http://localhost:" + port + href);
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .header("Cookie", "MINECARBON_SESSION=" + browser.sessionCookie())
            .build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The page's UI text outside user data and cited sources (LanguageCrawlBrowserIT's walk). */
  static final String LANGUAGE_TEXT =
      "var skip = '[data-user],[data-source],code,textarea,script,style,noscript,"
          + "[aria-hidden=true],body [lang]';"
          + "var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "var out = []; var n;"
          + "while ((n = w.nextNode())) { if (!n.parentElement.closest(skip)) out.push(n.nodeValue); }"
          + "return out.join('\\n').replace(/[\\u2080-\\u2089]/g, function(d){"
          + "return String.fromCharCode(d.charCodeAt(0) - 0x2080 + 48);});";

  private void shot(Object who, String lang, String page) throws IOException {
    String name = who.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z_]+.*", "");
    browser.screenshot(SHOTS.resolve(name + "-" + lang + "-" + page + ".png"));
  }

  private String user(Role role) {
    String name =
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
    store.users().createUser(name, encoder.encode(PASSWORD), List.of(role.name()), group);
    return name;
  }

  private void signIn(String user) {
    browser.driver.manage().deleteAllCookies();
    browser.open("/login");
    browser.find("#username").sendKeys(user);
    browser.find("#password").sendKeys(PASSWORD);
    browser.find("button[type=submit]").click();
    browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void open(String path, String lang) {
    browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    browser.find("main h1");
  }
}
