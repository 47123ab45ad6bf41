package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
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
 * The year workflow clicked in the browser, one role after the other: every step button posted a
 * form without a CSRF token (no {@code th:action}) and ended on a 403. Each role sees only the
 * buttons it may use (the others none, and no reason box), in Chinese and in English; the year
 * moves draft → submitted → reviewed → verified. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + YearWorkflowBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + YearWorkflowBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearWorkflowBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "workflow-browser-password";
  private static final Path SHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if ("postgresql".equals(System.getProperty("minecarbon.test.db"))) {
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url = System.getenv("MINECARBON_TEST_PG_URL");
      String sep = url.contains("?") ? "&" : "?";
      registry.add("spring.datasource.url", () -> url + sep + "currentSchema=" + schema);
      registry.add("spring.datasource.username", () -> env("MINECARBON_TEST_PG_USER"));
      registry.add("spring.datasource.password", () -> env("MINECARBON_TEST_PG_PASSWORD"));
      registry.add("spring.flyway.schemas", () -> schema);
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:wf-it;DB_CLOSE_DELAY=-1");
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
        "browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing");
    browser = new Browser("http://localhost:" + port);
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void yearWorkflow_eachRoleClicksItsStep_othersSeeNoButtons() throws Exception {
    long group = store.users().user(ADMIN).orElseThrow().groupId();
    String entry = user("DATA_ENTRY", group);
    String reviewer = user("REVIEWER", group);
    String verifier = user("VERIFIER", group);
    String viewer = user("VIEWER", group);
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("../examples/coal-mine.json")));
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    String years = "/e/" + id + "/years";

    // a viewer, in Chinese and in English: no step, no reason box
    signIn(viewer);
    open(years + "?lang=zh");
    assertThat(buttons()).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#year-2024 input[name=reason]")))
        .isEmpty();
    open(years + "?lang=en");
    assertThat(buttons()).isEmpty();
    assertThat(status()).isEqualTo("Draft");

    // data entry (Chinese): only 提交审核; a reviewer and a verifier see nothing on a draft
    signIn(reviewer);
    open(years + "?lang=zh");
    assertThat(buttons()).isEmpty();
    signIn(verifier);
    open(years + "?lang=zh");
    assertThat(buttons()).isEmpty();
    signIn(entry);
    open(years + "?lang=zh");
    assertThat(buttons()).containsExactly("提交审核");
    browser.screenshot(SHOTS.resolve("years-draft-zh.png"));
    click("提交审核");
    assertThat(status()).isEqualTo("已提交");
    assertThat(buttons()).isEmpty();

    // reviewer (English): Mark reviewed and Return to draft only
    signIn(reviewer);
    open(years + "?lang=en");
    assertThat(buttons()).containsExactly("Mark reviewed", "Return to draft");
    click("Mark reviewed");
    assertThat(status()).isEqualTo("Reviewed");

    // verifier (English): Verify and lock only; data entry sees nothing on a reviewed year
    signIn(entry);
    open(years + "?lang=en");
    assertThat(buttons()).isEmpty();
    signIn(verifier);
    open(years + "?lang=en");
    assertThat(buttons()).containsExactly("Verify and lock");
    click("Verify and lock");
    assertThat(status()).isEqualTo("Verified (locked)");
    browser.screenshot(SHOTS.resolve("years-verified-en.png"));
    assertThat(buttons()).isEmpty();

    // the administrator may reopen (Chinese); nobody else sees a step on a verified year
    signIn(ADMIN, PASSWORD);
    open(years + "?lang=zh");
    assertThat(buttons()).containsExactly("重新打开");
    assertThat(status()).isEqualTo("已核证（锁定）");
    signIn(reviewer);
    open(years + "?lang=zh");
    assertThat(buttons()).isEmpty();
  }

  private String user(String role, long group) {
    String name =
        role.toLowerCase(java.util.Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    store.users().createUser(name, encoder.encode(PASSWORD), List.of(role), group);
    return name;
  }

  private void signIn(String user) {
    signIn(user, PASSWORD);
  }

  private void signIn(String user, String password) {
    browser.driver.manage().deleteAllCookies();
    browser.open("/login");
    browser.find("#username").sendKeys(user);
    browser.find("#password").sendKeys(password);
    browser.find("button[type=submit]").click();
    browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void open(String path) {
    browser.open(path);
    browser.find("#year-2024");
  }

  private List<String> buttons() {
    return browser
        .driver
        .findElements(By.cssSelector("#year-2024 form button[type=submit]"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private String status() {
    return browser.find("#year-2024 .badge").getText();
  }

  private void click(String label) {
    WebElement button =
        browser.driver.findElements(By.cssSelector("#year-2024 form button[type=submit]")).stream()
            .filter(b -> b.getText().equals(label))
            .findFirst()
            .orElseThrow();
    String before = status();
    button.click();
    browser.waitUntil(d -> !status().equals(before));
  }
}
