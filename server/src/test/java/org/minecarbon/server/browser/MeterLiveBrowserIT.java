package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
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
import org.minecarbon.store.meter.StoredReading;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live meter page: as admin and data entry the figures change after readings are posted over
 * the API (server-sent event, no reload), an alarm is acknowledged and closed with a comment, a
 * calibration record is added; as viewer and verifier the same pages without any of these controls;
 * in Chinese and English. Screenshots go to {@code target/screenshots/meter-live/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + MeterLiveBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + MeterLiveBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeterLiveBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "live-meter-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "meter-live");
  // E-01: kWh register with an explicit grid factor 0.5 tCO2/MWh; calibration ran out in 2025
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "E-01", "site": "mine", "kind": "electricity", "mode": "counter", "unit": "kWh",
         "row": {"gridFactor": "0.5", "stage": "mining"},
         "calibration": {"certificate": "JJG-2024-1", "validUntil": "2025-01-01"}},
        {"id": "RA-1", "site": "mine", "kind": "ventilation-ch4", "mode": "rate",
         "flowUnit": "m3/min", "concentrationUnit": "%"}]}
      """;

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;
  private long register = 1000; // E-01's register, rising with every post
  private Instant lastPosted = Instant.EPOCH; // readings strictly in time order, so no reset

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:meter-live-it;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(Browser.available(), "browser tests skipped: no chromium/chromedriver");
    browser = new Browser("http://localhost:" + port);
    group = store.users().user(ADMIN).orElseThrow().groupId();
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("../examples/coal-mine.json")));
    enterprise = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(enterprise, doc);
    store.meters().putRegistry(enterprise, null, REGISTRY, ADMIN);
    // 5 January of this year (after the calibration's end): alarm CALIBRATION_EXPIRED at 00:00
    long jan5 = Instant.parse(Year.now().getValue() + "-01-04T16:00:00Z").toEpochMilli();
    store
        .meters()
        .insert(
            enterprise,
            List.of(
                new StoredReading(
                    "E-01", jan5, 0, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN),
                new StoredReading(
                    "E-01",
                    jan5 + 900_000,
                    1000,
                    Double.NaN,
                    Double.NaN,
                    "ok",
                    Double.NaN,
                    Double.NaN)));
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void live_adminAndDataEntry_figuresFollowPostsAlarmHandledCalibrationAdded() throws Exception {
    for (Role role : List.of(Role.ADMIN, Role.DATA_ENTRY)) {
      String name = role == Role.ADMIN ? ADMIN : user(role);
      signIn(name);
      String token = store.tokens().create(userId(name), "live-it", null).plain();
      for (String lang : List.of("zh", "en")) {
        openLive(lang);
        double before = todayFigure();
        // 2,000 kWh between two new readings (and none since the previous post) → today rises by
        // 2 MWh × EF 0.5 tCO2/MWh = 1.000 tCO2e (shown to 3 decimals)
        post(token, 2000);
        // (the page reloads itself when a new column appears: the cell is looked up each time)
        browser.waitUntil(d -> todayFigure() >= before + 1.0 - 0.0015);
        assertThat(todayFigure())
            .isCloseTo(before + 1.0, org.assertj.core.api.Assertions.within(0.0015));
        shot(role, lang, "figures-updated");
        String kind = lang.equals("zh") ? "回风瓦斯" : "Ventilation";
        browser.waitUntil(d -> browser.find("#methane-latest").getText().contains(kind));
        // the methane chart's axis reads in the registry's time (Asia/Shanghai, +8 h), not the
        // browser's: instants shifted by the offset and drawn in UTC
        assertThat(browser.find("#live").getAttribute("data-zone-offset")).isEqualTo("480");
        browser.waitUntil(
            d ->
                Boolean.TRUE.equals(
                    browser.driver.executeScript(
                        "var c = window.echarts && echarts.getInstanceByDom("
                            + "document.getElementById('chart-methane'));"
                            + " return !!c && c.getOption().useUTC === true;")));
      }
    }
    // admin acknowledges the calibration alarm, data entry closes it with a comment
    signIn(ADMIN);
    openLive("zh");
    alarmRow().findElement(By.cssSelector("[data-control=meter-alarm-ack] button")).click();
    browser.waitUntil(d -> alarmRow().getText().contains("已确认"));
    shot(Role.ADMIN, "zh", "alarm-acknowledged");
    String entry = user(Role.DATA_ENTRY);
    signIn(entry);
    openLive("en");
    WebElement close = alarmRow().findElement(By.cssSelector("[data-control=meter-alarm-close]"));
    close.findElement(By.name("comment")).sendKeys("meter recalibrated");
    close.findElement(By.cssSelector("button")).click();
    browser.waitUntil(d -> alarmRow().getText().contains("Closed"));
    assertThat(alarmRow().getText()).contains(ADMIN, entry, "meter recalibrated");
    assertThat(alarmRow().findElements(By.cssSelector("form"))).isEmpty();
    shot(Role.DATA_ENTRY, "en", "alarm-closed");
    // and records a new calibration: expiry no longer highlighted
    browser.open("/e/" + enterprise + "/meters/m/E-01?lang=en");
    assertThat(browser.find("[data-control=meter-calibration-status]").getText())
        .contains("expired");
    WebElement form = browser.find("[data-control=meter-calibration-add] form");
    String today = java.time.LocalDate.now().toString();
    String next = java.time.LocalDate.now().plusYears(1).toString();
    date(form.findElement(By.name("calibratedOn")), today);
    form.findElement(By.name("certificate")).sendKeys("JJG-LIVE-7");
    date(form.findElement(By.name("validUntil")), next);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor("[data-control=meter-calibration-saved]");
    assertThat(browser.find("[data-control=meter-calibration-status]").getText())
        .contains("valid until " + next);
    assertThat(browser.find("main").getText()).contains("JJG-LIVE-7", entry);
    shot(Role.DATA_ENTRY, "en", "calibration-added");
  }

  @Test
  void live_viewerAndVerifier_readOnlyWithoutAlarmOrCalibrationControls() throws IOException {
    for (Role role : List.of(Role.VIEWER, Role.VERIFIER)) {
      signIn(user(role));
      for (String lang : List.of("zh", "en")) {
        openLive(lang);
        assertThat(browser.driver.findElements(By.cssSelector("[data-alarm]"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-figure]"))).isNotEmpty();
        assertThat(
                browser.driver.findElements(
                    By.cssSelector(
                        "[data-control=meter-alarm-ack],[data-control=meter-alarm-close]")))
            .isEmpty();
        shot(role, lang, "live");
        pageInLanguage(lang);
        browser.open("/e/" + enterprise + "/meters/m/E-01?lang=" + lang);
        browser.find("[data-control=meter-calibration-status]");
        assertThat(
                browser.driver.findElements(By.cssSelector("[data-control=meter-calibration-add]")))
            .isEmpty();
        // the meter's site by its name (coal-mine.json: mine → 主井), never the code
        assertThat(browser.find(".page-head p.muted").getText())
            .startsWith("主井")
            .doesNotContain("mine");
        shot(role, lang, "meter");
      }
    }
  }

  /**
   * Issue 15: the site by its name (coal-mine.json: mine → 主井), the time as local date and time of
   * the registry's timezone (Asia/Shanghai, within 5 minutes of now), and in Chinese no English
   * word outside the enterprise's own data (the crawl's rule: the trace's formula, terms and
   * factors in words).
   */
  private void pageInLanguage(String lang) {
    assertThat(browser.find("[data-live=site]").getText()).isEqualTo("主井");
    String asOf = browser.find("[data-live=asOf]").getText();
    assertThat(asOf).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    java.time.LocalDateTime local = java.time.LocalDateTime.parse(asOf.replace(' ', 'T'));
    java.time.LocalDateTime shanghai =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(java.time.Duration.between(local, shanghai).abs())
        .isLessThan(java.time.Duration.ofMinutes(5));
    assertThat(browser.find("[data-live=zone]").getText())
        .isEqualTo(lang.equals("zh") ? "（北京时间）" : "(China Standard Time)");
    String text = (String) browser.driver.executeScript(LanguageCrawlBrowserIT.TEXT_JS);
    assertThat(LanguageCrawlBrowserIT.leaks(text, lang)).isEmpty();
    if (lang.equals("zh")) {
      assertThat(text).contains("排放量 = (购入电量 − 外供电量) × 电网排放因子").doesNotContain("purchased");
    }
  }

  /** The electricity figure of today, or NaN while the page is reloading. */
  private double todayFigure() {
    try {
      return number(browser.find("[data-figure='electricity-today']").getText());
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return Double.NaN;
    }
  }

  private WebElement alarmRow() {
    return browser.find("[data-alarm='CALIBRATION_EXPIRED|E-01']");
  }

  private void openLive(String lang) {
    browser.open("/e/" + enterprise + "/meters/live?lang=" + lang);
    browser.find("main h1");
    browser.waitUntil(d -> "true".equals(browser.find("#live").getAttribute("data-connected")));
  }

  /**
   * Posts two E-01 readings {@code kwh} apart (the first a minute ago, or just after the previous
   * post, so the register never falls in time order), and one RA-1 pair.
   */
  private void post(String token, long kwh) throws Exception {
    // the second reading must be later than the previous post's (a reading at the same instant with
    // another value is a conflict, 409): wait until the clock has passed it by a second
    while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(lastPosted.plusSeconds(1))) {
      Thread.sleep(200);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant first = now.minusSeconds(60);
    if (!first.isAfter(lastPosted)) {
      first = lastPosted.plusSeconds(1);
    }
    String csv =
        "meter,time,value\nE-01,"
            + first
            + ","
            + register
            + "\nE-01,"
            + now
            + ","
            + (register + kwh)
            + "\n";
    register += kwh;
    lastPosted = now;
    send(token, "text/csv", csv);
    String pair = "meter,time,flow,concentration\nRA-1," + now + ",12000,0.42\n";
    send(token, "text/csv", pair);
  }

  private void send(String token, String type, String body) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/api/v1/enterprises/"
                        + enterprise
                        + "/meters/readings"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    }
  }

  private void date(WebElement input, String iso) {
    // a date input's value is set in ISO form regardless of the browser's display format
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].value = arguments[1];", input, iso);
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(",", "").strip());
  }

  private long userId(String name) {
    return store.users().user(name).orElseThrow().id();
  }

  private void shot(Role role, String lang, String name) throws IOException {
    browser.screenshot(
        SHOTS.resolve(role.name().toLowerCase(Locale.ROOT) + "-" + lang + "-" + name + ".png"));
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
}
