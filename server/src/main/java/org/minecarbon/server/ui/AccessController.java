package org.minecarbon.server.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.server.access.Permission;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.access.Role;
import org.minecarbon.server.app.InvalidInputException;
import org.minecarbon.server.app.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My account (roles, API tokens: a new token is shown once) and, for administrators, the users of
 * the group (create with roles, enable/disable). A generated password is shown once.
 */
@Controller
class AccessController {
  private final UserService users;

  AccessController(UserService users) {
    this.users = users;
  }

  @Requires(Permission.READ)
  @GetMapping("/account")
  String account(Model model) {
    model.addAttribute("me", users.me());
    model.addAttribute("tokens", users.myTokens());
    model.addAttribute("issues", List.of());
    return "account";
  }

  @Requires(Permission.READ)
  @PostMapping("/account/tokens")
  String createToken(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer days,
      Model model) {
    try {
      UserService.NewToken token = users.createToken(name == null ? "" : name, days);
      account(model);
      model.addAttribute("newToken", token.token());
    } catch (InvalidInputException e) {
      account(model);
      model.addAttribute("issues", e.issues());
    }
    return "account";
  }

  @Requires(Permission.READ)
  @PostMapping("/account/tokens/{tokenId}/revoke")
  String revokeToken(@PathVariable long tokenId) {
    users.revokeMyToken(tokenId);
    return "redirect:/account?revoked";
  }

  @Requires(Permission.MANAGE_USERS)
  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("issues", List.of());
    return "users";
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users")
  String createUser(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable List<String> roles,
      Model model) {
    try {
      UserService.WithPassword created =
          users.create(
              new UserService.NewUser(
                  username == null ? "" : username.strip(),
                  null,
                  roles == null ? List.of() : roles,
                  null));
      users(model);
      model.addAttribute("created", created);
    } catch (InvalidInputException e) {
      users(model);
      model.addAttribute("issues", e.issues());
    }
    return "users";
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users/{userId}/enabled")
  String setEnabled(@PathVariable long userId, @RequestParam boolean enabled, Model model) {
    try {
      users.update(userId, new UserService.UserChange(null, enabled, null));
    } catch (InvalidInputException e) {
      users(model);
      model.addAttribute("issues", e.issues());
      return "users";
    }
    return "redirect:/admin/users?saved";
  }
}
