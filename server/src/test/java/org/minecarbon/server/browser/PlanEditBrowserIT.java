package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13's editor in a browser: a measure of the user's own (every problem shown at its field,
 * then saved with its path and citation), editing a saved plan's numbers beside the catalogue's,
 * scenario prices and grid-factor / production paths, the diff between versions in words, the
 * scenario comparison on the result page; a viewer and a verifier get no edit control and no edit
 * page. Chinese pages show no English, English pages no Chinese. Screenshots under {@code
 * target/screenshots/plan-edit/}.
 */
class PlanEditBrowserIT extends BrowserTestBase {

  @Test
  void admin_ownMeasureEditDiffAndScenarioPaths_othersReadOnly() throws Exception {
    long e = coalMine();
    signIn(ADMIN);
    open("/e/" + e + "/plans", "zh");
    type("#plan-name", "自有措施方案");
    String pv = "#plan-catalogue tr[data-measure='onsite-pv'] ";
    browser.find(pv + "input[type=checkbox]").click();
    type(pv + "input[name$='.value']", "26000");
    type(pv + "input[name$='.capex']", "8000");
    type(pv + "input[name$='.opex']", "80");
    type(pv + "input[name$='.lifetime']", "25");
    // own row: fraction 1.5 > 1, capex −1; no name, activity, opex, lifetime or citation → 7
    type("input[name='c.0.value']", "1.5");
    type("input[name='c.0.capex']", "-1");
    browser.find("#plan-save").click();
    List<WebElement> errors =
        browser.driver.findElements(By.cssSelector("fieldset[data-custom-row='0'] .field-error"));
    assertThat(errors)
        .extracting(x -> x.getAttribute("data-for"))
        .containsExactlyInAnyOrder(
            "name", "value", "source", "capex", "opex", "lifetime", "citation");
    assertThat(browser.driver.findElements(By.cssSelector("[data-issue]"))).hasSize(7);
    assertThat(browser.find(pv + "input[type=checkbox]").isSelected()).isTrue(); // kept
    noLeaks("zh");
    shot("plan-edit", "custom-errors-zh");

    type("input[name='c.0.name']", "井下二氧化碳封存");
    new Select(browser.find("select[name='c.0.path']")).selectByValue("碳封存");
    new Select(browser.find("select[name='c.0.kind']")).selectByValue("sink");
    new Select(browser.find("select[name='c.0.sink']")).selectByValue("storage");
    type("input[name='c.0.value']", "20000");
    type("input[name='c.0.capex']", "1500");
    type("input[name='c.0.opex']", "50");
    type("input[name='c.0.lifetime']", "20");
    type("input[name='c.0.citation']", "企业可研报告（2026）");
    browser.find("#plan-save").click();
    String measures = browser.find("#plan-measures").getText();
    assertThat(measures).contains("井下二氧化碳封存", "碳封存", "企业可研报告（2026）");
    String planPage = java.net.URI.create(browser.driver.getCurrentUrl()).getPath();

    browser.find("[data-control='plan-edit']").click();
    browser.find("#plan-edit-form");
    // the PV's quantity has no catalogue figure: the user's value
    assertThat(
            browser.driver.findElements(
                By.cssSelector("tr[data-measure='onsite-pv'] [data-user-value]")))
        .isNotEmpty();
    type("tr[data-measure='onsite-pv'] input[name$='.capex']", "9000");
    type("input[name='s.low.allowanceFrom']", "50");
    type("input[name='s.low.allowanceTo']", "100");
    type("input[name='s.low.grid']", "2030: 0.4, 2060: 0.1");
    type("input[name='s.high.allowanceFrom']", "300");
    type("input[name='s.high.prod']", "2030: 1.2");
    shot("plan-edit", "edit-zh");
    browser.find("#plan-edit-save").click();
    browser.find("#plan-measures");

    browser.find("a[data-diff='1']").click();
    String diff = browser.find("#plan-diff-list").getText();
    // capex 8000 → 9000 万元 (stored 80,000,000 → 90,000,000 CNY), shown in 万元
    assertThat(diff).contains("矿区光伏发电", "8000 万元", "9000 万元", "2030: 0.4, 2060: 0.1");
    noLeaks("zh");
    shot("plan-edit", "diff-zh");
    String diffPage = java.net.URI.create(browser.driver.getCurrentUrl()).getPath();

    open(planPage, "zh");
    browser.find("[data-control='plan-run']").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(240))
        .until(d -> !d.findElements(By.cssSelector("#plan-charts[data-ready=true]")).isEmpty());
    String runPage = java.net.URI.create(browser.driver.getCurrentUrl()).getPath();
    assertThat(
            browser.driver.findElements(By.cssSelector("#plan-scenario-table tr[data-scenario]")))
        .hasSize(3);
    assertThat(browser.find("tr[data-scenario='central'] td[data-emissions='2030']").getText())
        .matches("[0-9,.]+");
    shot("plan-edit", "run-zh");

    for (String lang : List.of("zh", "en")) {
      for (String page : List.of(planPage + "/edit", diffPage + "?from=1", runPage, planPage)) {
        open(page, lang);
        noLeaks(lang);
      }
    }
    shot("plan-edit", "run-en");

    for (Role role : List.of(Role.VIEWER, Role.VERIFIER)) {
      signIn(user(role));
      open(planPage, "zh");
      assertThat(browser.driver.findElements(By.cssSelector("[data-control='plan-edit']")))
          .isEmpty();
      assertThat(browser.driver.findElements(By.cssSelector("a[data-diff='1']"))).hasSize(1);
      browser.open(planPage + "/edit");
      assertThat(browser.driver.findElements(By.id("plan-edit-form"))).isEmpty();
    }
  }

  private void noLeaks(String lang) {
    String text = (String) browser.driver.executeScript(PlanBrowserIT.LANGUAGE_TEXT);
    assertThat(LanguageCrawlBrowserIT.leaks(text, lang))
        .as(lang + " " + browser.driver.getCurrentUrl())
        .isEmpty();
  }

  private void type(String css, String text) {
    WebElement x = browser.find(css);
    x.clear();
    x.sendKeys(text);
  }
}
