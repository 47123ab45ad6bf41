package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.user.PasswordPolicy;
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
  /** Code of a new password whose confirmation differs. */
  static final String PASSWORD_MISMATCH = "PASSWORD_MISMATCH";

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
    String now = current == null ? "" : current;
    String wanted = next == null ? "" : next;
    if (!wanted.equals(confirm == null ? "" : confirm)) {
      List<Issue> issues = new ArrayList<>();
      issues.add(
          Issue.error(PASSWORD_MISMATCH, "/confirm", "the two new passwords are not the same"));
      issues.addAll(PasswordPolicy.check(users.me().username(), wanted, "/next"));
      return refused(issues, model);
    }
    int revoked;
    try {
      revoked = users.changeMyPassword(now, wanted);
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
