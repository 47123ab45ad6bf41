package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12 as a verifier and a data-entry user see it: the verified version's PDF and XLSX are
 * named from enterprise, year and version and the PDF is stamped; the live report is a draft; the
 * dashboard keeps language and logout reachable at 390 px and the English balance unclipped at 1440
 * px; the audit filters are there for AUDIT roles only. Screenshots: {@code
 * target/screenshots/reports/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "minecarbon.admin.username=" + ReportsDashboardBrowserIT.ADMIN,
      "minecarbon.admin.initial-password=" + ReportsDashboardBrowserIT.PASSWORD
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsDashboardBrowserIT {
  static final String ADMIN = "admin";
  static final String PASSWORD = "reports-dashboard-password";
  private static final Path SHOTS = Path.of("target", "screenshots", "reports");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  private Browser browser;
  private long group;
  private long enterprise;
  private String verifier;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:reports-it;DB_CLOSE_DELAY=-1");
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
    verifier = user(Role.VERIFIER);
    String y = "/api/v1/enterprises/" + enterprise + "/years/2024/";
    assertThat(post(y + "submit", ADMIN).statusCode()).isEqualTo(200);
    assertThat(post(y + "review", ADMIN).statusCode()).isEqualTo(200);
    assertThat(post(y + "verify", verifier).statusCode()).isEqualTo(200);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void verifier_downloadsVerifiedPdfAndXlsx_namedAndStamped() throws Exception {
    signIn(verifier);
    browser.open("/e/" + enterprise + "/years?lang=zh");
    WebElement pdfLink = browser.find("a[href*='/versions/1/analysis.pdf']");
    browser.screenshot(SHOTS.resolve("verifier-zh-years.png"));
    HttpResponse<byte[]> pdf = fetch(pdfLink.getAttribute("href"));
    // 核证 = %E6%A0%B8%E8%AF%81
    assertThat(disposition(pdf)).endsWith("-2024-v1-%E6%A0%B8%E8%AF%81.pdf");
    String text = pdfText(pdf.body());
    assertThat(text).contains("已核证", verifier, "SHA-256").doesNotContain("草稿（未核证）");

    String xlsxHref = browser.find("a[href*='/versions/1/balance.xlsx']").getAttribute("href");
    HttpResponse<byte[]> xlsx = fetch(xlsxHref);
    assertThat(disposition(xlsx)).endsWith("-2024-v1-%E6%A0%B8%E8%AF%81.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(wb.getSheet("井工开采CH4和CO2逃逸")).isNotNull();
      assertThat(wb.getSheet("产量与排放强度")).isNotNull();
    }
  }

  @Test
  void dataEntry_liveReport_isDraftWatermarked_zhAndEn() throws Exception {
    signIn(user(Role.DATA_ENTRY));
    for (String lang : List.of("zh", "en")) {
      browser.open("/e/" + enterprise + "/reports?lang=" + lang);
      String href = browser.find("#report-pdf").getAttribute("href");
      browser.screenshot(SHOTS.resolve("data-entry-" + lang + "-reports.png"));
      HttpResponse<byte[]> pdf = fetch(href);
      String text = pdfText(pdf.body());
      // pdfText drops whitespace
      assertThat(text).contains(lang.equals("zh") ? "草稿（未核证）" : "DRAFT(notverified)");
      // 草稿 = %E8%8D%89%E7%A8%BF
      assertThat(disposition(pdf))
          .endsWith(lang.equals("zh") ? "-%E8%8D%89%E7%A8%BF.pdf" : "-draft.pdf");
    }
  }

  @Test
  void dashboard_390px_languageAndLogoutReachable_1440pxEnglishBalanceNotClipped()
      throws IOException {
    signIn(ADMIN);
    for (String lang : List.of("zh", "en")) {
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("/e/" + enterprise + "/dashboard?lang=" + lang);
      browser.find("#dashboard[data-ready='true']");
      for (String css : List.of(".topbar .lang a[lang='en']", ".topbar .logout button")) {
        WebElement e = browser.find(css);
        assertThat(e.isDisplayed()).as(css).isTrue();
        assertThat(e.getRect().getX() + e.getRect().getWidth()).as(css).isLessThanOrEqualTo(390);
      }
      shotAt(390, "admin-" + lang + "-dashboard-390.png");
      browser.driver.manage().window().setSize(new Dimension(1440, 1000));
      browser.open("/e/" + enterprise + "/balance?lang=" + lang);
      WebElement table = browser.find("#t1-emissions");
      Number overflow =
          (Number)
              browser.driver.executeScript(
                  "var t = arguments[0], w = t.closest('.table-wrap') || t.parentElement;"
                      + " return t.getBoundingClientRect().right"
                      + " - Math.min(w.getBoundingClientRect().right, window.innerWidth);",
                  table);
      browser.screenshot(SHOTS.resolve("admin-" + lang + "-balance-1440.png"));
      assertThat(overflow.doubleValue()).as("table right edge past its box").isLessThanOrEqualTo(1);
    }
  }

  @Test
  void auditFilters_adminAndVerifierHaveThem_viewerDoesNot() throws IOException {
    for (String who : List.of(ADMIN, verifier)) {
      signIn(who);
      browser.open("/admin/audit?lang=zh");
      browser.find("#audit-filter");
      browser.find("#filter-user").sendKeys(verifier);
      browser.find("#filter-apply").click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("user="));
      List<WebElement> rows =
          browser.driver.findElements(By.cssSelector("table.audit-entries > tbody > tr"));
      assertThat(rows).isNotEmpty();
      rows.forEach(
          r ->
              assertThat(r.findElements(By.cssSelector("td")).get(2).getText())
                  .isEqualTo(verifier));
      browser.screenshot(SHOTS.resolve(who.substring(0, 5) + "-zh-audit-filtered.png"));
    }
    signIn(user(Role.VIEWER));
    browser.open("/admin/audit?lang=zh");
    browser.find("main h1");
    assertThat(browser.driver.findElements(By.id("audit-filter"))).isEmpty();
    browser.screenshot(SHOTS.resolve("viewer-zh-audit.png"));
  }

  private void shotAt(int width, String file) throws IOException {
    byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(file), png);
  }

  private static String disposition(HttpResponse<byte[]> r) {
    assertThat(r.statusCode()).isEqualTo(200);
    return r.headers().firstValue("Content-Disposition").orElseThrow();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  private HttpResponse<byte[]> fetch(String href) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "MINECARBON_SESSION=" + browser.sessionCookie())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(String path, String user) {
    String auth =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", "Basic " + auth)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
