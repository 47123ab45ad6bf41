package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.minecarbon.app.access.Role;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12's import: a Jan–Jun workbook (the Chinese template, filled) over an enterprise with a
 * hand-entered July row. Merge: the preview lists the 12 added rows and 0 removed, nothing is
 * written until confirmed, and the hand row survives. Replace: the preview lists the hand row as
 * removed. Viewer, verifier and reviewer see no import controls. Screenshots under {@code
 * target/screenshots/import/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + ImportPreviewBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + ImportPreviewBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPreviewBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "import-preview-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "import");

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;
  private long handRow;
  private Path workbook;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:import-preview-it;DB_CLOSE_DELAY=-1");
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
            JsonCodec.mapper().readTree(Files.readString(Workbooks.example("coal-mine.json")));
    enterprise = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(enterprise, doc);
    handRow =
        store
            .rows()
            .add(
                enterprise,
                RowKind.ACTIVITY,
                (ObjectNode)
                    JsonCodec.mapper()
                        .readTree(
                            "{\"source\":\"fuel\",\"period\":\"2025-07\",\"fuel\":\"gasoline\","
                                + "\"quantity\":8,\"unit\":\"t\",\"note\":\"hand\"}"));
    workbook = janToJun(doc);
  }

  /** The Chinese template filled with diesel and raw coal for 2025-01 … 2025-06 (12 rows). */
  private static Path janToJun(ObjectNode coal) throws IOException {
    ObjectNode doc = coal.deepCopy();
    ArrayNode activities = doc.putArray("activities");
    ArrayNode production = doc.putArray("production");
    doc.putArray("sinks");
    for (int m = 1; m <= 6; m++) {
      String period = "2025-0" + m;
      activities
          .addObject()
          .put("source", "fuel")
          .put("period", period)
          .put("fuel", "diesel")
          .put("quantity", 100 + m)
          .put("unit", "t");
      production
          .addObject()
          .put("period", period)
          .put("product", "raw-coal")
          .put("quantity", 200000)
          .put("unit", "t");
    }
    var inventory =
        Documents.readJson(
                new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)), "x.json")
            .orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeTemplate(inventory, out);
    Path file = Path.of("target", "import-it", "上半年.xlsx").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
    return file;
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void dataEntry_mergePreviewThenConfirm_handRowsStay_replacePreviewListsRemoved()
      throws IOException {
    signIn(user(Role.DATA_ENTRY));
    int before = store.rows().list(enterprise, RowQuery.ALL).size();

    upload("zh", false);
    assertThat(browser.find("#preview-summary").getText()).contains("新增 12 行", "删除 0 行");
    assertThat(rows("#preview-added")).isEqualTo(12);
    assertThat(browser.driver.findElements(By.cssSelector("#preview-removed"))).isEmpty();
    assertThat(browser.find("#preview-added").getText()).contains("原煤", "化石燃料燃烧", "柴油");
    assertThat(browser.find("#preview-balance").getText()).contains("2025");
    shot("data-entry-zh-merge-preview");
    // nothing written before the confirmation
    assertThat(store.rows().list(enterprise, RowQuery.ALL)).hasSize(before);

    browser.find("#import-confirm").click();
    browser.waitFor("#import-ok");
    shot("data-entry-zh-merge-done");
    assertThat(store.rows().list(enterprise, RowQuery.ALL)).hasSize(before + 12);
    assertThat(store.rows().get(enterprise, handRow)).isPresent();

    upload("en", true);
    // the file's year 2025 replaces that year's rows: the hand-entered July row is listed removed
    assertThat(rows("#preview-removed")).isEqualTo(1);
    assertThat(browser.find("#preview-removed").getText()).contains("2025-07");
    assertThat(browser.find("#import-preview").getText()).contains("Rows removed");
    shot("data-entry-en-replace-preview");
    browser.find("#import-cancel").click();
    browser.waitFor("[data-control='import-upload']");
    assertThat(store.rows().get(enterprise, handRow)).isPresent();
  }

  @Test
  void viewerVerifierReviewer_seeNoImportControls() throws IOException {
    for (Role role : List.of(Role.VIEWER, Role.VERIFIER, Role.REVIEWER)) {
      signIn(user(role));
      for (String lang : List.of("zh", "en")) {
        browser.open("/e/" + enterprise + "/import?lang=" + lang);
        browser.find("main h1");
        assertThat(browser.driver.findElements(By.cssSelector("[data-control='import-upload']")))
            .as(role + " " + lang)
            .isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#import-file"))).isEmpty();
        shot(role.name().toLowerCase(Locale.ROOT) + "-" + lang + "-import");
      }
    }
  }

  private void upload(String lang, boolean replace) {
    browser.open("/e/" + enterprise + "/import?lang=" + lang);
    browser.find("#import-file").sendKeys(workbook.toString());
    if (replace) {
      browser.find("#upload-replace").click();
    }
    browser.find("#import-submit").click();
    browser.waitFor("#import-preview");
  }

  private int rows(String table) {
    return browser.driver.findElements(By.cssSelector(table + " tbody tr")).size();
  }

  private void shot(String name) throws IOException {
    browser.screenshot(SHOTS.resolve(name + ".png"));
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
