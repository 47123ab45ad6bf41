package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowQuery;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured entry in the browser (issue 12): data entry fills one row of every source, sink and
 * production type through its own form (no code, no JSON typed), the balance moves by the
 * hand-calculated mine-methane amount, a bad value is shown beside its field with the input kept, a
 * pasted 12-month grid is saved in one submit (or not at all), the completeness grid shows the gap,
 * and viewer, reviewer and verifier see no entry control; in Chinese and English. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + StructuredEntryBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + StructuredEntryBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StructuredEntryBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "structured-entry-password";
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String DOC =
      """
      {"format":"minecarbon/inventory@1",
       "enterprise":{"name":"结构化录入煤业","industry":"coal","province":"山西"},
       "settings":{"gwp":"SAR","factorSet":"CN-2015"},
       "sites":[{"id":"north","name":"北井","mineType":"underground","commodity":"coal",
                 "province":"山西","gasGrade":"high"}],
       "activities":[],"sinks":[],"production":[]}
      """;

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long id;
  private long group;
  private String entry;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:structured-it;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(
        Browser.available(),
        "browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing");
    browser = new Browser("http://localhost:" + port);
    group = store.users().user(ADMIN).orElseThrow().groupId();
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(DOC);
    id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    entry = user("DATA_ENTRY");
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** One row of each type, typed into its own form; values the contract's formulas accept. */
  private static Map<String, Map<String, String>> oneRowOfEachType() {
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    m.put("fuel", Map.of("period", "2025-01", "v.fuel", "柴油", "v.quantity", "100"));
    m.put("carbonate", Map.of("v.quantity", "10", "v.carbonates.CaCO3", "0.8"));
    m.put("electricity", Map.of("v.quantity", "1,000", "v.grid", "华北"));
    m.put("heat", Map.of("v.quantity", "500"));
    m.put("mine-co2", Map.of("v.ventilation", "10"));
    m.put("surface-methane", Map.of("v.quantity", "1000"));
    m.put("post-mining-methane", Map.of("v.quantity", "1000"));
    m.put("flare", Map.of("v.quantity", "10", "v.composition.CH4", "0.4"));
    m.put("fugitive", Map.of("v.gas", "CH4", "v.quantity", "1"));
    m.put("measured", Map.of("v.gas", "CO2", "v.quantity", "5", "v.category", "化石燃料燃烧"));
    // inputs and outputs are repeating rows of the form now, no JSON (issue 12)
    m.put(
        "mass-balance",
        Map.of(
            "v.inputs.0.quantity", "10",
            "v.inputs.0.carbonFraction", "0.5",
            "v.outputs.0.quantity", "1",
            "v.outputs.0.carbonFraction", "0.5"));
    m.put("carbonation", Map.of("v.quantity", "10", "v.carbonates.CaCO3", "0.5"));
    m.put("utilization", Map.of("v.quantity", "10"));
    m.put("storage", Map.of("v.captured", "100", "v.losses", "5"));
    m.put("vegetation", Map.of("v.area", "10", "v.rate", "5", "estimated", "true"));
    m.put("allowance", Map.of("v.instrument", "全国碳排放配额", "v.quantity", "100"));
    m.put("production", Map.of("v.product", "原煤", "v.quantity", "100,000"));
    return m;
  }

  @Test
  @Order(1)
  void dataEntry_oneRowOfEachType_savedThroughItsFormAndBalanceMovesByTheMethaneAmount()
      throws IOException {
    signIn(entry);
    for (Map.Entry<String, Map<String, String>> e : oneRowOfEachType().entrySet()) {
      addRow(e.getKey(), e.getValue());
    }
    double before = cell("2025-fugitiveCH4");
    addRow(
        "mine-methane",
        Map.of("v.ventilation", "100", "v.drainage", "50", "v.flared", "10", "v.utilized", "20"));
    // contract §1.1 mine-methane, SAR: CH4 = (100 + 50 − 10 − 20) × 10^4 Nm3 × 7.17 t/10^4 Nm3
    // = 860.4 t; × GWP 21 = 18,068.4 tCO2e added to the fugitive CH4 column
    assertThat(cell("2025-fugitiveCH4") - before).isCloseTo(18068.4, within(0.01));
    assertThat(rows()).isEqualTo(oneRowOfEachType().size() + 1);

    browser.open("/e/" + id + "/entry?year=2025&lang=zh");
    String table = browser.find("#entry-grid").getText();
    assertThat(table).contains("北井").contains("100,000").contains("1,000").contains("柴油");
    assertThat(table).doesNotContain("mine-methane").doesNotContain("north");
    browser.screenshot(SHOTS.resolve("structured-entry-rows-zh.png"));
  }

  @Test
  @Order(2)
  void dataEntry_negativeVentilation_messageBesideFieldAndInputKept() throws IOException {
    signIn(entry);
    int before = rows();
    browser.open("/e/" + id + "/entry?year=2025&type=mine-methane&lang=zh");
    WebElement form = browser.find("#add-form");
    form.findElement(By.name("v.ventilation")).sendKeys("-5");
    form.findElement(By.name("v.drainage")).sendKeys("12");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement error = browser.find(".field-error[data-for='ventilation']");
    assertThat(error.getAttribute("data-code")).isEqualTo("NEGATIVE_QUANTITY");
    assertThat(error.getText()).doesNotContainPattern("[A-Za-z]{3,}"); // Chinese, no code
    assertThat(browser.find("#add-ventilation").getAttribute("value")).isEqualTo("-5");
    assertThat(browser.find("#add-drainage").getAttribute("value")).isEqualTo("12");
    assertThat(rows()).isEqualTo(before);
    browser.screenshot(SHOTS.resolve("structured-entry-error-zh.png"));
  }

  @Test
  @Order(3)
  void monthGrid_pastedElevenMonths_badCellRefusedWholeThenSavedInOneSubmit() throws IOException {
    signIn(entry);
    int before = rows();
    browser.open("/e/" + id + "/entry/month?year=2025&type=fuel&k.fuel=bituminous&k.unit=t");
    browser.find("#paste-box summary").click();
    // Jan–Nov; March negative first
    paste("10\t20\t-3\t40\t50\t60\t70\t80\t90\t100\t110");
    browser.find("#paste-fill").click();
    assertThat(browser.find("#c-0-11").getAttribute("value")).isEqualTo("110");
    assertThat(browser.find("#c-0-12").getAttribute("value")).isEmpty();
    browser.find("#grid-submit").click();
    WebElement issues = browser.find("#grid-issues");
    assertThat(issues.getText()).contains("北井 · 3月");
    assertThat(browser.find("#c-0-3").getAttribute("value")).isEqualTo("-3"); // kept
    assertThat(rows()).isEqualTo(before); // nothing saved: one transaction
    browser.screenshot(SHOTS.resolve("month-grid-error-zh.png"));

    browser.find("#c-0-3").clear();
    browser.find("#c-0-3").sendKeys("30");
    browser.find("#grid-submit").click();
    assertThat(browser.find("#grid-saved").getText()).contains("11");
    assertThat(rows()).isEqualTo(before + 11);
    browser.screenshot(SHOTS.resolve("month-grid-saved-zh.png"));

    // bulk delete: clearing the line removes the 11 rows in one submit
    browser.find("#clear-0").click();
    browser.find("#grid-submit").click();
    browser.find("#grid-saved");
    assertThat(rows()).isEqualTo(before);
    // and entered again for the completeness check
    browser.find("#paste-box summary").click();
    paste("10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t110");
    browser.find("#paste-fill").click();
    browser.find("#grid-submit").click();
    browser.find("#grid-saved");
    assertThat(rows()).isEqualTo(before + 11);
  }

  @Test
  @Order(4)
  void completeness_fuelWithoutDecember_gapHighlightedAndLinkedFromYears() throws IOException {
    signIn(entry);
    browser.open("/e/" + id + "/years?lang=zh");
    browser.find("#completeness-2025").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/completeness"));
    String fuel = "#completeness tr[data-site='north'][data-type='fuel'] ";
    assertThat(browser.find(fuel + "td[data-month='1']").getAttribute("data-state"))
        .isEqualTo("entered");
    assertThat(browser.find(fuel + "td[data-month='12']").getAttribute("data-state"))
        .isEqualTo("missing");
    String veg = "#completeness tr[data-site='north'][data-type='vegetation'] ";
    assertThat(browser.find(veg + "td[data-month='6']").getAttribute("data-state"))
        .isEqualTo("annual");
    assertThat(browser.find("#completeness-summary").getText()).contains("缺失");
    browser.screenshot(SHOTS.resolve("completeness-zh.png"));
    browser.open("/e/" + id + "/completeness?year=2025&lang=en");
    assertThat(browser.find("#completeness-summary").getText()).contains("missing");
    browser.screenshot(SHOTS.resolve("completeness-en.png"));
  }

  @Test
  @Order(5)
  void english_formsAndGrid_labelledInEnglish() throws IOException {
    signIn(entry);
    browser.open("/e/" + id + "/entry?year=2025&type=mine-methane&lang=en");
    String form = browser.find("#add-form").getText();
    assertThat(form).contains("Ventilation").contains("Drainage").contains("Flared");
    // the site's name is the user's data; everything else English
    assertThat(form.replace("北井", "")).doesNotContainPattern("[\\u4e00-\\u9fff]");
    browser.screenshot(SHOTS.resolve("structured-entry-en.png"));
    browser.open("/e/" + id + "/entry/month?year=2025&type=fuel&k.fuel=bituminous&lang=en");
    assertThat(browser.find("#grid").getText()).contains("Month 12").doesNotContain("1月");
    browser.screenshot(SHOTS.resolve("month-grid-en.png"));
  }

  @Test
  @Order(6)
  void viewerReviewerVerifier_seeNoEntryControls() {
    for (String role : List.of("VIEWER", "REVIEWER", "VERIFIER")) {
      signIn(user(role));
      for (String lang : List.of("zh", "en")) {
        browser.open("/e/" + id + "/entry?year=2025&lang=" + lang);
        browser.find("#entry-grid");
        assertThat(browser.driver.findElements(By.cssSelector("#add-row, #add-form")))
            .as(role)
            .isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-control^='row-']")))
            .as(role)
            .isEmpty();
        browser.open("/e/" + id + "/entry/month?year=2025&type=fuel&k.fuel=bituminous");
        browser.find("#grid");
        assertThat(browser.driver.findElements(By.cssSelector("#grid-submit, #paste, #clear-0")))
            .as(role)
            .isEmpty();
        assertThat(browser.find("#c-0-1").getAttribute("readonly")).as(role).isNotNull();
      }
    }
  }

  /** The page's problems as shown (field errors and alerts), for a failure message. */
  private String problems() {
    return browser.driver.findElements(By.cssSelector(".field-error, .alert.error")).stream()
        .map(e -> e.getAttribute("data-for") + ": " + e.getText())
        .toList()
        .toString();
  }

  /** What Excel puts on the clipboard (a typed tab would move the focus instead). */
  private void paste(String tsv) {
    browser.find("#paste");
    browser.driver.executeScript("document.getElementById('paste').value = arguments[0];", tsv);
  }

  private void addRow(String type, Map<String, String> values) {
    browser.open("/e/" + id + "/entry?year=2025&type=" + type + "&lang=zh");
    WebElement form = browser.find("#add-form");
    assertThat(form.getAttribute("data-type")).isEqualTo(type);
    new Select(form.findElement(By.name("site"))).selectByVisibleText("北井");
    for (Map.Entry<String, String> v : values.entrySet()) {
      WebElement input = form.findElement(By.name(v.getKey()));
      if (input.getTagName().equals("select")) {
        new Select(input).selectByVisibleText(v.getValue());
      } else if ("checkbox".equals(input.getAttribute("type"))) {
        input.click();
      } else if (input.getTagName().equals("textarea")) {
        form.findElement(By.cssSelector("details summary")).click();
        input.sendKeys(v.getValue());
      } else {
        input.clear();
        input.sendKeys(v.getValue());
      }
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(
        d ->
            d.getCurrentUrl().contains("added")
                || !d.findElements(By.cssSelector(".field-error, .alert.error")).isEmpty());
    assertThat(browser.driver.getCurrentUrl())
        .as(type + ": " + browser.driver.findElement(By.tagName("main")).getText())
        .contains("added");
  }

  @Test
  @Order(7)
  void massBalance_rowsAddedAndRemovedInTheBrowser_savedAsTheContractsLists() throws IOException {
    signIn(entry);
    browser.open("/e/" + id + "/entry?year=2025&type=mass-balance&lang=zh");
    WebElement form = browser.find("#add-form");
    assertThat(form.getText()).contains("投入含碳物料", "产出含碳物料", "含碳量");
    type(form, "period", "2025-02"); // the field starts with the selected year
    WebElement inputs = form.findElement(By.cssSelector("[data-list][data-field=inputs]"));
    type(inputs, "v.inputs.0.quantity", "1,000");
    type(inputs, "v.inputs.0.carbonFraction", "0.8");
    inputs.findElement(By.cssSelector("[data-list-add]")).click();
    type(inputs, "v.inputs.1.quantity", "999");
    inputs.findElement(By.cssSelector("[data-list-add]")).click();
    type(inputs, "v.inputs.2.quantity", "200");
    type(inputs, "v.inputs.2.carbonFraction", "0.5");
    // the middle row is removed again: two inputs stay
    inputs.findElements(By.cssSelector("[data-list-remove]")).get(1).click();
    assertThat(inputs.findElements(By.cssSelector("[data-list-row]"))).hasSize(2);
    WebElement outputs = form.findElement(By.cssSelector("[data-list][data-field=outputs]"));
    type(outputs, "v.outputs.0.quantity", "100");
    type(outputs, "v.outputs.0.carbonFraction", "0.2");
    browser.screenshot(SHOTS.resolve("entry-mass-balance-rows-zh.png"));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(
        d ->
            d.getCurrentUrl().contains("added")
                || !d.findElements(By.cssSelector(".field-error, .alert.error")).isEmpty());
    assertThat(browser.driver.getCurrentUrl()).as("mass balance: %s", problems()).contains("added");

    ObjectNode saved =
        store.rows().list(id, new RowQuery(null, null, null, null)).stream()
            .map(r -> r.doc())
            .filter(d -> "2025-02".equals(d.path("period").asString()))
            .filter(d -> "mass-balance".equals(d.path("source").asString()))
            .findFirst()
            .orElseThrow();
    // inventory-v1 §1.1: lists of {quantity, unit t, carbonFraction}; the removed row is gone
    assertThat(saved.get("inputs").toString())
        .isEqualTo(
            "[{\"quantity\":1000.0,\"unit\":\"t\",\"carbonFraction\":0.8},"
                + "{\"quantity\":200.0,\"unit\":\"t\",\"carbonFraction\":0.5}]");
    assertThat(saved.get("outputs").toString())
        .isEqualTo("[{\"quantity\":100.0,\"unit\":\"t\",\"carbonFraction\":0.2}]");
  }

  private static void type(WebElement scope, String name, String text) {
    WebElement input = scope.findElement(By.name(name));
    input.clear();
    input.sendKeys(text);
  }

  /** A balance cell of the balance page (tCO2e, 0 when the page shows none). */
  private double cell(String name) {
    browser.open("/e/" + id + "/balance?lang=zh");
    browser.find("main h1");
    List<WebElement> c =
        browser.driver.findElements(By.cssSelector("[data-cell='" + name + "'][data-value]"));
    return c.isEmpty() ? 0 : Double.parseDouble(c.getFirst().getAttribute("data-value"));
  }

  private int rows() {
    return store.rows().list(id, new RowQuery(null, null, null, null)).size();
  }

  private String user(String role) {
    String name =
        role.toLowerCase(java.util.Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    store.users().createUser(name, encoder.encode(PASSWORD), List.of(role), group);
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
