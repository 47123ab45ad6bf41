package org.minecarbon.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The setup the browser ITs share: a server on a random port with its own in-memory database, the
 * first administrator {@value #ADMIN}, one headless Chromium per class, users per role (all with
 * {@link #PASSWORD}), sign-in, pages opened in a language, the example coal mine, screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + BrowserTestBase.ADMIN,
      "minecarbon.admin.initial-password=" + BrowserTestBase.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
  static final String ADMIN = "admin";

  /** Every test user's password: 12+ characters, no user name in it (the password policy). */
  static final String PASSWORD = "browser-tests-passphrase-7";

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  Browser browser;
  long group;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String name = "browser-" + UUID.randomUUID();
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Browser.available(),
        "browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing");
    browser = new Browser("http://localhost:" + port);
    group = store.users().user(ADMIN).orElseThrow().groupId();
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** A new user of the admin's group with {@code role}; its name. */
  String user(Role role) {
    String name =
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
    store.users().createUser(name, encoder.encode(PASSWORD), List.of(role.name()), group);
    return name;
  }

  /** The example coal mine as a new enterprise of the group; its id. */
  long coalMine() throws IOException {
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("../examples/coal-mine.json")));
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    return id;
  }

  void signIn(String user) {
    signIn(user, PASSWORD);
  }

  void signIn(String user, String password) {
    browser.driver.manage().deleteAllCookies();
    browser.open("/login");
    browser.find("#username").sendKeys(user);
    browser.find("#password").sendKeys(password);
    browser.find("button[type=submit]").click();
    browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Opens {@code path} in {@code lang} (zh or en) and waits for its heading. */
  void open(String path, String lang) {
    browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    browser.find("main h1");
  }

  /** A full-page screenshot {@code width} px wide; the window is left {@code width} × 900. */
  Path shotAt(int width, String dir, String name) throws IOException {
    Number height =
        (Number) browser.driver.executeScript("return document.documentElement.scrollHeight;");
    browser
        .driver
        .manage()
        .window()
        .setSize(new Dimension(width, Math.min(height.intValue() + 140, 4000)));
    byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
    Path file = Path.of("target", "screenshots", dir, name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, png);
    browser.driver.manage().window().setSize(new Dimension(width, 900));
    return file;
  }

  /** A full-page screenshot under {@code target/screenshots/<dir>/<name>.png}. */
  Path shot(String dir, String name) throws IOException {
    return browser.screenshot(Path.of("target", "screenshots", dir, name + ".png"));
  }
}
