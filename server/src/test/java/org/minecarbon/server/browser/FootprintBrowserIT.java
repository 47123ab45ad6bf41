package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The footprint page in a browser: admin and data entry compute the copper example's footprint (zh
 * and en) and the total shown is the API's for the same run; viewer, reviewer and verifier see the
 * result but no compute, links or upload controls; a broken package's import page lists every
 * problem; the band says what was sampled. Screenshots in {@code target/screenshots/footprint/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + FootprintBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + FootprintBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FootprintBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "footprint-browser-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "footprint");
  private static final Pattern RUN = Pattern.compile("run=(\\d+)");

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:footprint-it;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(Browser.available(), "browser tests skipped: no chromium/chromedriver");
    browser = new Browser("http://localhost:" + port);
    group = store.users().user(ADMIN).orElseThrow().groupId();
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(Files.readString(Path.of("../examples/footprint-copper-mine.json")));
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
  void adminAndDataEntry_compute_totalShownEqualsTheApis() throws Exception {
    for (String user : List.of(ADMIN, user(Role.DATA_ENTRY))) {
      signIn(user);
      for (String lang : List.of("zh", "en")) {
        open("/e/" + enterprise + "/footprints", lang);
        new Select(browser.find("#footprint-year")).selectByValue("2024");
        new Select(browser.find("#footprint-product")).selectByValue("copper-concentrate");
        new Select(browser.find("#footprint-allocation")).selectByValue("economic");
        browser.find("#footprint-submit").click();
        browser.waitUntil(d -> RUN.matcher(d.getCurrentUrl()).find());
        Matcher m = RUN.matcher(browser.driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        double shown =
            Double.parseDouble(browser.find("#footprint-total").getDomAttribute("data-total"));
        JsonNode api = api("/api/v1/enterprises/" + enterprise + "/footprints/" + m.group(1));
        assertThat(shown).isEqualTo(api.get("total").asDouble());
        assertThat(api.at("/result/allocation/method").asString()).isEqualTo("economic");
        assertThat(browser.driver.findElements(By.cssSelector("#chart-footprint-stages svg")))
            .isNotEmpty();
        shot(user.equals(ADMIN) ? "admin" : "data-entry", lang);
      }
    }
  }

  @Test
  void readOnlyRoles_seeTheResult_noComputeLinksOrUploadControls() throws Exception {
    signIn(ADMIN);
    open("/e/" + enterprise + "/footprints", "zh");
    browser.find("#footprint-submit").click();
    browser.waitUntil(d -> RUN.matcher(d.getCurrentUrl()).find());
    for (Role role : List.of(Role.VIEWER, Role.REVIEWER, Role.VERIFIER)) {
      signIn(user(role));
      for (String lang : List.of("zh", "en")) {
        open("/e/" + enterprise + "/footprints", lang);
        assertThat(browser.find("#footprint-total").getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("[data-control=footprint-compute]")))
            .as(role + " compute")
            .isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-control=footprint-links]")))
            .as(role + " links")
            .isEmpty();
        shot(role.name().toLowerCase(Locale.ROOT), lang);
        open("/lca/databases", lang);
        assertThat(browser.driver.findElements(By.cssSelector("[data-control=lca-db-upload]")))
            .as(role + " upload")
            .isEmpty();
      }
    }
  }

  /**
   * With USLCI uploaded and the mine's electricity linked to its grid process: the upstream card
   * (background processes, flows, per-row tree in {@code <details>}) and, after a 20-draw band job,
   * the P5/P50/P95 columns and whiskers; data entry may start the band, viewer and verifier see it
   * without the form. A second enterprise, so the other tests' runs stay without a background.
   */
  @Test
  void background_upstreamTreeAndBand_shownPerRole() throws Exception {
    long second = secondEnterprise();
    signIn(ADMIN);
    open("/lca/databases", "zh");
    browser.find("#lca-db-name").sendKeys("USLCI 2017");
    browser.find("#lca-db-file").sendKeys(USLCI.toAbsolutePath().normalize().toString());
    browser.find("#lca-db-submit").click();
    // the upload is a job: its page polls until the database list (with the new row) is shown
    waitLong(d -> d.getCurrentUrl().contains("saved"));
    assertThat(browser.find("#lca-databases").getText()).contains("USLCI 2017").contains("766");
    open("/e/" + second + "/footprints", "zh");
    new Select(browser.find("#footprint-links-database")).selectByVisibleText("USLCI 2017");
    browser.find("#footprint-links-json").clear();
    browser.find("#footprint-links-json").sendKeys(LINKS);
    browser.find("#footprint-links-submit").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("linksSaved"));
    browser.find("#footprint-submit").click();
    String run = finishedRun();
    open("/e/" + second + "/footprints?run=" + run, "zh");
    assertThat(
            browser.driver.findElements(By.cssSelector("#footprint-upstream-processes tbody tr")))
        .isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#footprint-contributions td[title]")))
        .extracting(e -> e.getDomAttribute("title"))
        .contains(GRID);
    browser.find("#footprint-upstream-trees details summary").click();
    browser.find("#footprint-iterations").clear();
    browser.find("#footprint-iterations").sendKeys("20");
    browser.find("#footprint-uncertainty-submit").click();
    finishedRun();
    for (String user :
        List.of(ADMIN, user(Role.DATA_ENTRY), user(Role.VIEWER), user(Role.VERIFIER))) {
      signIn(user);
      boolean edits = user.equals(ADMIN) || user.startsWith("data_entry");
      for (String lang : List.of("zh", "en")) {
        open("/e/" + second + "/footprints?run=" + run, lang);
        assertThat(browser.driver.findElements(By.cssSelector("#footprint-upstream-trees details")))
            .as(user + " tree")
            .isNotEmpty();
        double p5 = number("#footprint-band-total td[data-band=p5]");
        double p95 = number("#footprint-band-total td[data-band=p95]");
        assertThat(p5).as(user + " band").isLessThanOrEqualTo(p95);
        // what was sampled: USLCI's grid system has no distribution (FootprintServiceTest counts
        // it on the engine), so the band is flat and the page says why, in the page's language
        assertThat(browser.find("#footprint-band-sources").getDomAttribute("data-sampled"))
            .isEqualTo("0");
        assertThat(browser.find("#footprint-band-sources [data-fact=foreground]").getText())
            .contains(lang.equals("zh") ? "未给出不确定性" : "none with a distribution");
        assertThat(browser.find("#footprint-band-narrow").getText())
            .contains(lang.equals("zh") ? "没有任何交换带不确定性分布" : "no exchange");
        assertThat(
                browser.driver.findElements(By.cssSelector("[data-control=footprint-uncertainty]")))
            .as(user + " band form")
            .hasSize(edits ? 1 : 0);
        assertThat(browser.driver.findElements(By.cssSelector("#chart-footprint-stages svg")))
            .isNotEmpty();
        shot("background-" + user.replaceAll("-.*", ""), lang);
      }
    }
  }

  /**
   * Admin and data entry (MANAGE_CATALOG) upload a package with three broken files in zh and en:
   * the import page polls, then lists every problem with its file and says nothing was stored; the
   * database list is unchanged and links to the failed import.
   */
  @Test
  void upload_brokenPackage_importPageListsEveryProblem_perManagingRole() throws Exception {
    Path bad = Files.createTempFile("broken", ".zip");
    Files.write(
        bad,
        zip(
            "processes/broken.json",
            "{\"@id\": ",
            "processes/anonymous.json",
            "{\"name\": \"no id\"}",
            "flow_properties/mass.json",
            "{\"@id\": \"mass\", \"name\": \"Mass\", \"unitGroup\": {\"@id\": \"x\"}}"));
    for (String user : List.of(ADMIN, user(Role.DATA_ENTRY))) {
      signIn(user);
      for (String lang : List.of("zh", "en")) {
        open("/lca/databases", lang);
        int before =
            browser.driver.findElements(By.cssSelector("#lca-databases tr[data-db]")).size();
        browser.find("#lca-db-name").sendKeys("broken-" + lang);
        browser.find("#lca-db-file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("#lca-db-submit").click();
        waitLong(d -> !d.findElements(By.cssSelector("#lca-import-issues")).isEmpty());
        assertThat(browser.driver.getCurrentUrl()).contains("/lca/databases/imports/");
        assertThat(browser.find("#lca-import").getDomAttribute("data-state")).isEqualTo("failed");
        assertThat(browser.driver.findElements(By.cssSelector("#lca-import-issues [data-issue]")))
            .extracting(e -> e.getDomAttribute("data-pointer"))
            .anyMatch(p -> p.startsWith("processes/broken.json"))
            .anyMatch(p -> p.startsWith("processes/anonymous.json"))
            .anyMatch(p -> p.startsWith("flow_properties/mass.json"));
        assertThat(browser.find("#lca-import-issues").getText()).contains("processes/broken.json");
        assertThat(browser.find("#lca-import-failed").getText())
            .contains(lang.equals("zh") ? "未保存任何内容" : "nothing was stored");
        assertThat(browser.find("#lca-import-phases li[data-phase=READING]").getText())
            .contains(lang.equals("zh") ? "3 个 JSON 文件" : "3 JSON files");
        shot("import-failed-" + user.replaceAll("-.*", ""), lang);
        open("/lca/databases", lang);
        assertThat(browser.driver.findElements(By.cssSelector("#lca-databases tr[data-db]")))
            .hasSize(before);
        assertThat(browser.find("#lca-db-imports").getText()).contains("broken-" + lang);
      }
    }
  }

  private static byte[] zip(String... nameAndText) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (int i = 0; i < nameAndText.length; i += 2) {
        z.putNextEntry(new java.util.zip.ZipEntry(nameAndText[i]));
        z.write(nameAndText[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static final Path USLCI = Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");
  private static final String GRID = "89389d98-1ba6-30c5-9c33-92443694936b";
  private static final String LINKS =
      "{\"format\":\"minecarbon/links@1\",\"links\":[{\"input\":\"electricity\","
          + "\"code\":\"mine\",\"process\":\""
          + GRID
          + "\",\"unit\":\"kWh\",\"per\":\"MWh\",\"amount\":1000}]}";

  private long secondEnterprise() throws IOException {
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(Files.readString(Path.of("../examples/footprint-copper-mine.json")));
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    return id;
  }

  /** Waits (page reloads itself while the job runs) for the job to finish; its run id. */
  private String finishedRun() {
    waitLong(d -> !d.findElements(By.cssSelector("#footprint-job[data-state=done]")).isEmpty());
    return browser.find("#footprint-job").getDomAttribute("data-run");
  }

  private double number(String css) {
    return Double.parseDouble(browser.find(css).getText().replace(",", ""));
  }

  private void waitLong(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> c) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofMinutes(5))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
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

  private void shot(String who, String lang) throws IOException {
    browser.screenshot(SHOTS.resolve(who + "-" + lang + ".png"));
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
