package org.minecarbon.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium driven by the Debian chromedriver, with a fresh profile. */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final String base;
  private final Path profile;

  Browser(String base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("minecarbon-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1440,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  static boolean available() {
    return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return waitFor(css);
  }

  WebElement waitFor(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    waiting().until(condition);
  }

  /** Waits up to 20 s; a timeout says which page the browser was on and what it showed. */
  private WebDriverWait waiting() {
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(20));
    w.withMessage(
        () -> {
          String text = driver.findElement(By.tagName("body")).getText();
          return "on "
              + driver.getCurrentUrl()
              + " showing: "
              + text.substring(0, Math.min(600, text.length())).replace('\n', ' ');
        });
    return w;
  }

  /** Saves a PNG of the viewport (the page is resized to its full height first). */
  Path screenshot(Path file) throws IOException {
    Number height =
        (Number)
            driver.executeScript(
                "return Math.max(document.body.scrollHeight,"
                    + " document.documentElement.scrollHeight);");
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1440, Math.min(height.intValue() + 140, 4000)));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(file.getParent());
    Files.write(file, png);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    return file;
  }

  /** The value of the session cookie, for fetching links outside the browser. */
  String sessionCookie() {
    return driver.manage().getCookieNamed("MINECARBON_SESSION").getValue();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
