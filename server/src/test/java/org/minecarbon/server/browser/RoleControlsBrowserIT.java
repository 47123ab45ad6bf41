package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowQuery;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every page × every role × Chinese and English: a control is on the page exactly when the role
 * grants the permission its handler requires ({@link Role#grants}, the same rule the server
 * enforces), so the oracle is the role table, not the templates. Issue 12 found data entry and the
 * verifier offered 新建企业, the verifier import, row and benchmark edits, the reviewer entry forms.
 * Then refusals: a delete in a year locked meanwhile, and a settings save, say in-page why, in the
 * page's language, naming the roles that can unlock, and keep what was typed. Screenshots go to
 * {@code target/screenshots/roles/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + RoleControlsBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + RoleControlsBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleControlsBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "role-controls-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "roles");

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;
  private long row;
  private long plan;
  private final java.util.Map<String, Long> inState = new java.util.HashMap<>();

  /** A control: its {@code data-control} name, the page it is on and the permission it needs. */
  record Control(String page, String name, Permission needs) {}

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:roles-it;DB_CLOSE_DELAY=-1");
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
    // one June heat row: the completeness grid then has a gap (January–May, July–December) whose
    // "enter" link is an EDIT_DATA control; every other source of the example is covered
    ((tools.jackson.databind.node.ArrayNode) doc.get("activities"))
        .add(
            JsonCodec.mapper()
                .readTree(
                    "{\"id\":\"heat-2024-06\",\"source\":\"heat\",\"period\":\"2024-06\","
                        + "\"site\":\"mine\",\"quantity\":100,\"unit\":\"GJ\"}"));
    enterprise = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(enterprise, doc);
    row = store.rows().list(enterprise, RowQuery.ALL).getFirst().id();
    // a stored plan for the plan page's controls ({plan}, issue 13)
    plan =
        store
            .plans()
            .create(enterprise, "规划", "{\"format\":\"minecarbon/plan@1\",\"measures\":[]}", ADMIN)
            .planId();
    store.catalog().addBenchmark(group, "raw-coal", 0.02, 2024, "group target");
    // the workflow buttons depend on the year's status: one copy of the mine per status of 2024
    List<String> path = List.of("draft", "submitted", "reviewed", "verified");
    for (int i = 1; i < path.size(); i++) {
      long e = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
      store.inventories().replaceDocument(e, doc);
      for (int j = 1; j <= i; j++) {
        assertThat(store.periods().transition(e, 2024, path.get(j - 1), path.get(j), 1)).isTrue();
      }
      inState.put(path.get(i), e);
    }
    // live meters (session 6): a meter whose calibration ran out, read this year → an alarm
    store.meters().putRegistry(enterprise, null, LIVE_REGISTRY, ADMIN);
    long jan5 = java.time.Instant.parse(java.time.Year.now() + "-01-04T16:00:00Z").toEpochMilli();
    store
        .meters()
        .insert(enterprise, List.of(liveReading(jan5, 0), liveReading(jan5 + 900_000, 1)));
  }

  private static final String LIVE_REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "D-01", "site": "mine", "kind": "fuel", "fuel": "diesel", "mode": "counter",
         "unit": "t", "row": {"stage": "mining"},
         "calibration": {"certificate": "JJG-1", "validUntil": "2025-01-01"}}]}
      """;

  private static org.minecarbon.store.meter.StoredReading liveReading(long atMs, double value) {
    return new org.minecarbon.store.meter.StoredReading(
        "D-01", atMs, value, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** The controls of {@code browser/role-controls.csv} (one row per control; helpers append). */
  private List<Control> controls() throws IOException {
    List<Control> out = new ArrayList<>();
    try (var in = RoleControlsBrowserIT.class.getResourceAsStream("/browser/role-controls.csv")) {
      assertThat(in).as("browser/role-controls.csv on the test class path").isNotNull();
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String line : text.split("\\R")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("page,")) {
          continue;
        }
        String[] f = line.split(",", -1);
        assertThat(f).as("page,control,permission: %s", line).hasSize(3);
        String page =
            f[0].replace("{e}", Long.toString(enterprise))
                .replace("{row}", Long.toString(row))
                .replace("{plan}", Long.toString(plan));
        for (var s : inState.entrySet()) {
          page = page.replace("{e:" + s.getKey() + "}", Long.toString(s.getValue()));
        }
        out.add(new Control(page, f[1], Permission.valueOf(f[2])));
      }
    }
    return out;
  }

  @Test
  void everyPageAndRole_controlShownExactlyWhenTheRoleGrantsItsPermission() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checks = 0;
    List<Control> controls = controls();
    for (Role role : Role.values()) {
      signIn(role == Role.ADMIN ? ADMIN : user(role));
      for (String lang : List.of("zh", "en")) {
        String lastPage = "";
        for (Control c : controls) {
          if (!c.page().equals(lastPage)) {
            open(c.page(), lang);
            shot(role, lang, c.page());
            lastPage = c.page();
          }
          boolean shown = !browser.driver.findElements(selector(c.name())).isEmpty();
          boolean may = role.grants(c.needs());
          checks++;
          if (shown != may) {
            wrong.add(role + " " + lang + " " + c.page() + " " + c.name() + " shown=" + shown);
          }
        }
      }
    }
    assertThat(checks).isEqualTo(Role.values().length * 2 * controls.size());
    assertThat(wrong).isEmpty();
  }

  @Test
  void auditPage_roleWithoutAudit_refusalInPageNamesTheRolesThatHaveIt() {
    signIn(user(Role.DATA_ENTRY));
    open("/admin/audit", "zh");
    // AUDIT is granted by ADMIN and VERIFIER (Role): 管理员 and 核查 in the base bundle
    assertThat(browser.find("#refusal").getText()).contains("查看审计日志", "管理员", "核查");
    open("/admin/audit", "en");
    assertThat(browser.find("#refusal").getText())
        .contains("Read the audit log", "Administrator", "Verifier");
    signIn(user(Role.VERIFIER));
    open("/admin/audit", "zh");
    assertThat(browser.driver.findElements(selector("audit-verify"))).hasSize(1);
  }

  @Test
  void rowDelete_yearLockedMeanwhile_refusedInPageNamingWhoCanUnlock() throws IOException {
    signIn(user(Role.DATA_ENTRY));
    int before = store.rows().list(enterprise, RowQuery.ALL).size();
    deleteAfterLock("zh");
    // submitted: REVIEW returns it to draft, granted by ADMIN and REVIEWER (管理员, 审核)
    assertThat(browser.find("#refused").getText()).contains("2024", "已提交", "管理员", "审核");
    shot(Role.DATA_ENTRY, "zh", "/refused-delete");
    deleteAfterLock("en");
    assertThat(browser.find("#refused").getText())
        .contains("2024", "Submitted", "Administrator", "Reviewer", "nothing was changed");
    assertThat(store.rows().list(enterprise, RowQuery.ALL)).hasSize(before);
  }

  @Test
  void settingsSave_yearLocked_refusedInPageKeepingWhatWasTyped() throws IOException {
    signIn(user(Role.DATA_ENTRY));
    store.periods().transition(enterprise, 2023, "draft", "submitted", 1);
    try {
      for (String lang : List.of("zh", "en")) {
        open("/e/" + enterprise + "/settings", lang);
        var name = browser.find("input[name=name]");
        name.clear();
        name.sendKeys("Typed name " + lang);
        browser.find("[data-control=settings-save]").click();
        String refused = browser.find("#refused").getText();
        assertThat(refused).contains("2023", lang.equals("zh") ? "已提交" : "Submitted");
        assertThat(browser.find("input[name=name]").getDomProperty("value"))
            .isEqualTo("Typed name " + lang);
        shot(Role.DATA_ENTRY, lang, "/refused-settings");
      }
    } finally {
      store.periods().transition(enterprise, 2023, "submitted", "draft", 1);
    }
    assertThat(store.inventories().enterprise(enterprise).orElseThrow().name())
        .doesNotStartWith("Typed name");
  }

  /** Opens the 2024 grid (draft), locks the year behind the page's back, clicks a delete. */
  private void deleteAfterLock(String lang) {
    open("/e/" + enterprise + "/entry?year=2024", lang);
    store.periods().transition(enterprise, 2024, "draft", "submitted", 1);
    try {
      browser.find("[data-control=row-delete] button").click();
      browser.driver.switchTo().alert().accept();
      browser.find("#refused");
    } finally {
      store.periods().transition(enterprise, 2024, "submitted", "draft", 1);
    }
  }

  private static By selector(String control) {
    return switch (control) {
      case "nav-audit" -> By.cssSelector(".mainnav a[href$='/admin/audit']");
      case "nav-users" -> By.cssSelector(".topbar a[href$='/admin/users']");
      default -> By.cssSelector("[data-control='" + control + "']");
    };
  }

  private void shot(Role role, String lang, String page) throws IOException {
    String name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    name = name.replaceAll("e-" + enterprise + "-?", "").replaceAll("-\\d+-", "-");
    String file = role.name().toLowerCase(Locale.ROOT) + "-" + lang + "-" + name + ".png";
    browser.screenshot(SHOTS.resolve(file));
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
