package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.app.enterprise.SiteView;
import org.minecarbon.app.user.UserService;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My account (roles, API tokens: a new token is shown once) and, for administrators, the users of
 * the group (create with roles and scope, change roles and scope, enable/disable). A generated
 * password is shown once. A scope is a set of checkbox values {@code <enterprise id>} (all its
 * sites) or {@code <enterprise id>/<site code>}; none means the whole group.
 */
@Controller
class AccessController {
  private final UserService users;
  private final EnterpriseService enterprises;

  AccessController(UserService users, EnterpriseService enterprises) {
    this.users = users;
    this.enterprises = enterprises;
  }

  /** A checkbox of the scope editor. */
  record ScopeOption(String value, String label, boolean site) {}

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
    List<UserService.UserView> list = users.list();
    Map<Long, List<String>> scopeValues = new HashMap<>();
    for (UserService.UserView u : list) {
      scopeValues.put(
          u.id(),
          u.scope().stream()
              .map(
                  e -> e.site() == null ? e.enterpriseId() + "" : e.enterpriseId() + "/" + e.site())
              .toList());
    }
    model.addAttribute("users", list);
    model.addAttribute("scopeValues", scopeValues);
    model.addAttribute("roles", Role.values());
    model.addAttribute("scopeOptions", scopeOptions());
    model.addAttribute("issues", List.of());
    return "users";
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users")
  String createUser(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable List<String> scope,
      Model model) {
    try {
      UserService.WithPassword created =
          users.create(
              new UserService.NewUser(
                  username == null ? "" : username.strip(),
                  null,
                  roles == null ? List.of() : roles,
                  scope(scope)));
      users(model);
      model.addAttribute("created", created);
    } catch (InvalidInputException e) {
      users(model);
      model.addAttribute("issues", e.issues());
    }
    return "users";
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users/{userId}")
  String change(
      @PathVariable long userId,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable List<String> scope,
      Model model) {
    try {
      users.update(
          userId,
          new UserService.UserChange(roles == null ? List.of() : roles, null, scope(scope)));
    } catch (InvalidInputException e) {
      users(model);
      model.addAttribute("issues", e.issues());
      return "users";
    }
    return "redirect:/admin/users?saved";
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

  private List<ScopeOption> scopeOptions() {
    List<ScopeOption> options = new ArrayList<>();
    for (EnterpriseView e : enterprises.list()) {
      options.add(new ScopeOption(Long.toString(e.id()), e.name(), false));
      for (SiteView s : enterprises.sites(e.id())) {
        String name = s.name() == null || s.name().isBlank() ? s.code() : s.name();
        options.add(new ScopeOption(e.id() + "/" + s.code(), e.name() + " / " + name, true));
      }
    }
    return options;
  }

  /** Checkbox values to scope entries; a value that is not {@code id} or {@code id/site} is 400. */
  static List<UserService.ScopeEntry> scope(@Nullable List<String> values) {
    List<UserService.ScopeEntry> entries = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      int slash = v.indexOf('/');
      String id = slash < 0 ? v : v.substring(0, slash);
      if (!id.matches("\\d{1,18}") || slash == v.length() - 1) {
        throw new InvalidInputException(
            Issue.error(Codes.WRONG_TYPE, "", "not a scope entry", v, "<enterprise id>[/<site>]")
                .at("form field scope"));
      }
      entries.add(
          new UserService.ScopeEntry(
              Long.parseLong(id), slash < 0 ? null : v.substring(slash + 1)));
    }
    return entries;
  }
}
