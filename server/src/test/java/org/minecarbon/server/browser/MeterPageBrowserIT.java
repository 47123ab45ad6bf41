package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The meters page as admin and data entry (upload: counts, then every problem of an invalid file)
 * and as viewer (registry and completeness, no upload form), in Chinese and English. Screenshots go
 * to {@code target/screenshots/meters/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + MeterPageBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + MeterPageBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeterPageBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "meter-page-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "meters");
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "D-01", "site": "mine", "kind": "fuel", "fuel": "diesel", "mode": "counter",
         "unit": "t", "row": {"stage": "mining"}}]}
      """;

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;
  @TempDir Path dir;

  private Browser browser;
  private long group;
  private long enterprise;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:meter-page-it;DB_CLOSE_DELAY=-1");
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
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void upload_adminAndDataEntry_countsThenEveryProblemInPageLanguage() throws IOException {
    int day = 1;
    for (Role role : List.of(Role.ADMIN, Role.DATA_ENTRY)) {
      signIn(role == Role.ADMIN ? ADMIN : user(role));
      for (String lang : List.of("zh", "en")) {
        String csv =
            "meter,time,value\nD-01,2026-11-0"
                + day
                + "T00:00:00+08:00,0\nD-01,2026-11-0"
                + day
                + "T00:15:00+08:00,5\n";
        day++;
        upload(lang, csv);
        String result = browser.find("[data-control=meter-result]").getText();
        assertThat(result).contains(lang.equals("zh") ? "已保存 2 条新读数" : "Stored 2 new readings");
        shot(role, lang, "uploaded");
        upload(lang, "D-01,2026-11-20T00:00:00+08:00,x\nD-01,bad-time,1\n");
        String problems = browser.find("[data-control=meter-problems]").getText();
        assertThat(problems)
            .contains(lang.equals("zh") ? "第 1 行" : "Line 1")
            .contains(lang.equals("zh") ? "第 2 行" : "Line 2")
            .contains(lang.equals("zh") ? "共 2 个问题" : "2 problem(s)");
        shot(role, lang, "problems");
      }
    }
    assertThat(store.meters().count(enterprise)).isEqualTo(8);
  }

  @Test
  void page_viewer_registryAndCompletenessWithoutUploadForm() throws IOException {
    signIn(user(Role.VIEWER));
    for (String lang : List.of("zh", "en")) {
      open(lang);
      assertThat(browser.driver.findElements(By.cssSelector("[data-control=meter-upload]")))
          .isEmpty();
      assertThat(browser.find("[data-control=meter-completeness]").getText()).contains("D-01");
      assertThat(browser.find("main").getText()).contains(lang.equals("zh") ? "燃料" : "Fuel");
      shot(Role.VIEWER, lang, "page");
    }
  }

  private void upload(String lang, String content) throws IOException {
    open(lang);
    Path file = dir.resolve("readings-" + UUID.randomUUID() + ".csv");
    Files.writeString(file, content);
    browser.find("[data-control=meter-upload] input[type=file]").sendKeys(file.toString());
    browser.find("[data-control=meter-upload] button[type=submit]").click();
    browser.waitUntil(
        d ->
            !d.findElements(
                    By.cssSelector("[data-control=meter-result],[data-control=meter-problems]"))
                .isEmpty());
  }

  private void open(String lang) {
    browser.open("/e/" + enterprise + "/meters?lang=" + lang);
    browser.find("main h1");
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
