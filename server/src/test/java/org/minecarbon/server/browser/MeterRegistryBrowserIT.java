package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.openqa.selenium.By;

/**
 * Issue 15 in a browser: a data-entry user (then the administrator, in English) uploads the meter
 * registry (examples/meters/METERS.json, five meters on site mine = 主井) on the meters page; a
 * second upload replaces it only when the box naming the version in place is ticked; an invalid
 * registry lists every problem (in Chinese without codes, in English with the contract's messages)
 * and stores nothing. Which roles see the form: role-controls.csv (meter-registry-upload,
 * EDIT_DATA). Screenshots under {@code target/screenshots/meter-registry/}.
 */
class MeterRegistryBrowserIT extends BrowserTestBase {
  private static final Path METERS =
      Path.of("../examples/meters/METERS.json").toAbsolutePath().normalize();

  @Test
  void dataEntry_uploadsReplacesOnlyWhenConfirmed_invalidFileStoresNothing() throws Exception {
    long e = coalMine();
    signIn(user(Role.DATA_ENTRY));
    open("/e/" + e + "/meters", "zh");
    assertThat(browser.find("[data-control=meter-no-registry]").getText()).contains("上传");

    upload(METERS, false);
    assertThat(browser.find("[data-control=meter-registry-saved]").getText())
        .isEqualTo("仪表登记已保存为第 1 版，共 5 台仪表。");
    assertThat(browser.find("table").getText()).contains("E-01", "主井");
    shot("meter-registry", "saved-zh");

    // a registry is in place: without the box ticked nothing is replaced
    upload(METERS, false);
    assertThat(browser.find("[data-control=meter-registry-problems]").getText())
        .contains("请勾选“替换现有登记”");
    assertThat(browser.find("[data-control=meter-registry-upload] label").getText())
        .isEqualTo("替换现有登记（第 1 版，5 台仪表）");
    upload(METERS, true);
    assertThat(browser.find("[data-control=meter-registry-saved]").getText()).contains("第 2 版");

    // an invalid registry: a meter on a site the enterprise lacks and a repeated id
    Path bad = Files.createTempFile("meters-bad", ".json");
    Files.writeString(
        bad,
        Files.readString(METERS)
            .replaceFirst("\"site\": \"mine\"", "\"site\": \"nowhere\"")
            .replaceFirst("\"id\": \"D-01\"", "\"id\": \"E-01\""));
    upload(bad, true);
    String zh = browser.find("[data-control=meter-registry-problems]").getText();
    assertThat(zh).contains("本企业没有该场地", "仪表编号重复").doesNotContain("??", "UNKNOWN_SITE");
    shot("meter-registry", "problems-zh");
    open("/e/" + e + "/meters", "en");
    upload(bad, true);
    String en = browser.find("[data-control=meter-registry-problems]").getText();
    assertThat(en).contains("problem", "nowhere");
    shot("meter-registry", "problems-en");
    // nothing stored: still version 2 with its five meters
    open("/e/" + e + "/meters", "zh");
    assertThat(browser.find("[data-control=meter-registry-upload] label").getText())
        .isEqualTo("替换现有登记（第 2 版，5 台仪表）");

    // the administrator (the other role with EDIT_DATA) replaces it too, in English
    signIn(ADMIN);
    open("/e/" + e + "/meters", "en");
    assertThat(browser.find("[data-control=meter-registry-upload] label").getText())
        .isEqualTo("Replace the registry in place (version 2, 5 meters)");
    upload(METERS, true);
    assertThat(browser.find("[data-control=meter-registry-saved]").getText())
        .isEqualTo("Meter registry saved as version 3, 5 meters.");
    shot("meter-registry", "saved-admin-en");
  }

  private void upload(Path file, boolean replace) {
    var form = browser.find("[data-control=meter-registry-upload] form");
    form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    if (replace) {
      form.findElement(By.name("replace")).click();
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(
        d ->
            !d.findElements(
                    By.cssSelector(
                        "[data-control=meter-registry-saved],[data-control=meter-registry-problems]"))
                .isEmpty());
  }
}
