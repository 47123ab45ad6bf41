package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.user.UserService;
import org.minecarbon.app.user.UserService.NewToken;
import org.minecarbon.app.user.UserService.NewUser;
import org.minecarbon.app.user.UserService.TokenView;
import org.minecarbon.app.user.UserService.UserChange;
import org.minecarbon.app.user.UserService.UserView;
import org.minecarbon.app.user.UserService.WithPassword;
import org.minecarbon.server.access.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I, my API tokens, and (administrators) the users and tokens of the group. A generated
 * password or a new token is in the response once and never again.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "access", description = "Users, roles, scopes and API tokens")
class AccessApi {
  private final UserService users;

  AccessApi(UserService users) {
    this.users = users;
  }

  /** Body of a token request. */
  record TokenRequest(String name, @Nullable Integer days) {}

  @Requires(Permission.READ)
  @GetMapping("/me")
  @Operation(summary = "The signed-in user: roles, permissions and scope")
  UserView me() {
    return users.me();
  }

  @Requires(Permission.READ)
  @GetMapping("/me/tokens")
  List<TokenView> myTokens() {
    return users.myTokens();
  }

  @Requires(Permission.READ)
  @PostMapping("/me/tokens")
  @Operation(summary = "Create an API token (Authorization: Bearer …); the token is shown once")
  ResponseEntity<NewToken> createToken(@RequestBody TokenRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(users.createToken(request.name() == null ? "" : request.name(), request.days()));
  }

  @Requires(Permission.READ)
  @DeleteMapping("/me/tokens/{tokenId}")
  ResponseEntity<Void> revokeMyToken(@PathVariable long tokenId) {
    users.revokeMyToken(tokenId);
    return ResponseEntity.noContent().build();
  }

  @Requires(Permission.MANAGE_USERS)
  @GetMapping("/admin/users")
  List<UserView> users() {
    return users.list();
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users")
  @Operation(summary = "Create a user with roles and scope; a generated password is shown once")
  ResponseEntity<WithPassword> createUser(@RequestBody NewUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(users.create(user));
  }

  @Requires(Permission.MANAGE_USERS)
  @PutMapping("/admin/users/{userId}")
  @Operation(summary = "Change roles, enabled and scope (fields left out stay)")
  UserView updateUser(@PathVariable long userId, @RequestBody UserChange change) {
    return users.update(userId, change);
  }

  @Requires(Permission.MANAGE_USERS)
  @PostMapping("/admin/users/{userId}/password")
  @Operation(summary = "Reset the password; the new one is shown once")
  WithPassword resetPassword(@PathVariable long userId) {
    return users.resetPassword(userId);
  }

  @Requires(Permission.MANAGE_USERS)
  @GetMapping("/admin/tokens")
  List<TokenView> tokens() {
    return users.groupTokens();
  }

  @Requires(Permission.MANAGE_USERS)
  @DeleteMapping("/admin/tokens/{tokenId}")
  ResponseEntity<Void> revokeToken(@PathVariable long tokenId) {
    users.revokeToken(tokenId);
    return ResponseEntity.noContent().build();
  }
}
