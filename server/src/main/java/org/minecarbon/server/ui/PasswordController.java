package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.user.UserService;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.config.SessionCredentials;
import org.minecarbon.store.Store;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Self-service password change on the account page (issue 12), for every role: the current
 * password, the new one twice. A refusal keeps the page, lists every problem and explains the
 * policy; success revokes the user's API tokens and ends its other sessions (the service and {@link
 * SessionCredentials}), while this session is given the new fingerprint and a new id.
 */
@Controller
class PasswordController {
  private final UserService users;
  private final Store store;

  PasswordController(UserService users, Store store) {
    this.users = users;
    this.store = store;
  }

  @Requires(Permission.READ)
  @PostMapping("/account/password")
  String change(
      @RequestParam(required = false) @Nullable String current,
      @RequestParam(required = false) @Nullable String next,
      @RequestParam(required = false) @Nullable String confirm,
      HttpServletRequest request,
      Model model) {
    int revoked;
    try {
      revoked =
          users.changeMyPassword(
              current == null ? "" : current,
              next == null ? "" : next,
              confirm == null ? "" : confirm);
    } catch (InvalidInputException e) {
      return refused(e.issues(), model);
    }
    request.changeSessionId();
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null) {
      SessionCredentials.remember(store, request, auth);
    }
    return "redirect:/account?passwordChanged=" + revoked;
  }

  private String refused(List<Issue> issues, Model model) {
    model.addAttribute("me", users.me());
    model.addAttribute("tokens", users.myTokens());
    model.addAttribute("issues", List.of());
    model.addAttribute("passwordIssues", issues);
    return "account";
  }
}
