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
 * result but no compute, links or upload controls. Screenshots in {@code
 * target/screenshots/footprint/}.
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
