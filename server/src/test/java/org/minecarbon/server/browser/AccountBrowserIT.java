package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.minecarbon.store.user.ApiTokenRecord;
import org.openqa.selenium.WebElement;

/**
 * The account page (issue 12): self-service password change for every role (refusal in-page with
 * the policy explained in zh/en, success ends the other sessions and revokes the API tokens), and a
 * new token shown once with a copy button and expiry in the browser's local time. Screenshots go to
 * {@code target/screenshots/account/}.
 */
class AccountBrowserIT extends BrowserTestBase {
  private static final String NEW_PASSWORD = "quartz-lantern-meadow-19";

  @Test
  void passwordChange_everyRole_weakRefusedInPageThenChangedAndOldSessionsEnd() throws Exception {
    for (Role role : Role.values()) {
      String name = user(role);
      signIn(name);
      long id = store.users().user(name).orElseThrow().id();
      store.tokens().create(id, "ci", Instant.now().plusSeconds(86_400));
      // a second, independent sign-in of the same user: it must end with the change
      try (Browser other = new Browser(browser.base)) {
        other.open("/login");
        other.find("#username").sendKeys(name);
        other.find("#password").sendKeys(PASSWORD);
        other.find("button[type=submit]").click();
        other.waitUntil(d -> !d.getCurrentUrl().contains("/login"));

        open("/account", "zh");
        submitPassword(PASSWORD, "short", "short");
        // too short: the policy's first rule; the page stays, the policy is explained in Chinese
        assertThat(browser.find("#password-refused").getText()).contains("密码没有修改", "至少 12 个字符");
        assertThat(browser.find("#password-policy").getText()).contains("12", "用户名");
        shot("account", role.name().toLowerCase() + "-zh-refused");
        open("/account", "en");
        submitPassword("wrong-current-pw-00", NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(browser.find("#password-refused").getText())
            .contains("not changed", "current password is not correct", "not the same");
        shot("account", role.name().toLowerCase() + "-en-refused");

        open("/account", "zh");
        submitPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        // one token created above is revoked: the message names 1
        assertThat(browser.find("#password-changed").getText()).contains("1");
        shot("account", role.name().toLowerCase() + "-zh-changed");
        // this session goes on; the other one is sent to the login page
        open("/account", "zh");
        assertThat(browser.driver.getCurrentUrl()).contains("/account");
        other.open("/account");
        other.waitUntil(d -> d.getCurrentUrl().contains("/login"));
      }
      assertThat(store.tokens().ofUser(id)).allMatch(ApiTokenRecord::revoked);
      signIn(name, NEW_PASSWORD);
      assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
    }
  }

  @Test
  void newToken_copyButton_copiesShownOnceAndExpiryIsLocal() throws Exception {
    String name = user(Role.VIEWER);
    signIn(name);
    open("/account", "zh");
    browser.find("#token-name").sendKeys("laptop");
    browser.find("#token-form button[type=submit]").click();
    WebElement value = browser.find("#token-value");
    String token = value.getDomProperty("value");
    assertThat(token).startsWith("mc_");
    browser.find("[data-control=token-copy]").click();
    browser.waitUntil(d -> "已复制".equals(browser.find("[data-copied]").getText()));
    // the field is selected whole, whatever the clipboard path was
    Object selected =
        browser.driver.executeScript(
            "var t=document.getElementById('token-value');"
                + "return t.value.substring(t.selectionStart,t.selectionEnd);");
    assertThat(selected).isEqualTo(token);
    shot("account", "viewer-zh-token-copied");

    // shown once: a reload lists the token but not its value
    open("/account", "zh");
    assertThat(browser.driver.findElements(org.openqa.selenium.By.id("token-value"))).isEmpty();
    // expiry rendered by the browser in its own zone: compare with the browser's offset
    ApiTokenRecord t =
        store.tokens().ofUser(store.users().user(name).orElseThrow().id()).getFirst();
    String zone =
        (String)
            browser.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
    String expected =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(t.expiresAt().atZone(ZoneId.of(zone)));
    assertThat(browser.find("#tokens time.local-time[datetime]:not([datetime=''])").getText())
        .isEqualTo(expected);
  }

  private void submitPassword(String current, String next, String confirm) {
    browser.find("#password-current").sendKeys(current);
    browser.find("#password-next").sendKeys(next);
    browser.find("#password-confirm").sendKeys(confirm);
    browser.find("#password-form button[type=submit]").click();
    browser.find("main h1");
  }
}
