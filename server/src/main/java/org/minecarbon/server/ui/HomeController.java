package org.minecarbon.server.ui;

import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Start page and the enterprise switcher without JavaScript. */
@Controller
class HomeController {

  @Requires(Permission.READ)
  @GetMapping("/")
  String home(@ModelAttribute("nav") UiModelAdvice.@Nullable Nav nav) {
    if (nav == null || nav.current() == null) {
      return "redirect:/enterprises";
    }
    return "redirect:/e/" + nav.current().id() + "/dashboard";
  }

  @Requires(Permission.READ)
  @GetMapping("/switch")
  String switchTo(@RequestParam long eid) {
    return "redirect:/e/" + eid + "/dashboard";
  }
}
