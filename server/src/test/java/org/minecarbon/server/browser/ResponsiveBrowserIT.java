package org.minecarbon.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Issue 12: no page scrolls sideways on a 390 px phone (Chinese) or at 1440 px in English (wider
 * headers): for every page of the navigation, {@code document.documentElement.scrollWidth <=
 * window.innerWidth}; wide tables scroll inside their own box. Screenshots of each page at each
 * width go to {@code target/screenshots/responsive/}.
 */
class ResponsiveBrowserIT extends BrowserTestBase {

  @Test
  void everyNavPage_390pxChineseAnd1440pxEnglish_noSidewaysScroll() throws IOException {
    long e = coalMine();
    String base = "/e/" + e;
    List<String> pages =
        List.of(
            base + "/dashboard",
            base + "/balance",
            base + "/entry?year=2024",
            base + "/entry/month?year=2024&type=fuel",
            base + "/completeness?year=2024",
            base + "/import",
            base + "/years",
            base + "/meters",
            base + "/plans",
            base + "/footprints",
            base + "/reports",
            base + "/settings",
            "/factors",
            "/benchmarks",
            "/enterprises",
            "/admin/audit",
            "/admin/users",
            "/account");
    signIn(ADMIN);
    List<String> wide = new ArrayList<>();
    for (int width : List.of(390, 1440)) {
      String lang = width == 390 ? "zh" : "en";
      browser.driver.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        open(page, lang);
        Number scroll =
            (Number) browser.driver.executeScript("return document.documentElement.scrollWidth;");
        Number inner = (Number) browser.driver.executeScript("return window.innerWidth;");
        if (scroll.intValue() > inner.intValue()) {
          wide.add(
              lang + " " + width + " " + page + ": " + scroll + " > " + inner + " " + culprits());
        }
        String name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        shotAt(width, "responsive", lang + "-" + width + "-" + name.replaceAll("e-\\d+-", ""));
      }
    }
    browser.driver.manage().window().setSize(new Dimension(1440, 1000));
    assertThat(wide).isEmpty();
  }

  /** The outermost elements that reach past the window's right edge (for the failure message). */
  private Object culprits() {
    return browser.driver.executeScript(
        "var w = window.innerWidth + 1, out = [];"
            + "document.querySelectorAll('main *').forEach(function (e) {"
            + "  var p = e.parentElement;"
            + "  if (out.length < 6 && e.getBoundingClientRect().right > w"
            + "      && p.getBoundingClientRect().right <= w) {"
            + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' '"
            + "      + Math.round(e.getBoundingClientRect().right));"
            + "  }"
            + "});"
            + "return out.join(', ');");
  }
}
