package org.minecarbon.server.ui;

import org.minecarbon.server.access.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login handles the POST. */
@Controller
class LoginController {

  @PublicEndpoint("the sign-in page")
  @GetMapping("/login")
  String login() {
    return "login";
  }
}
