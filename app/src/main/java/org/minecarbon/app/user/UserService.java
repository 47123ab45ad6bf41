package org.minecarbon.app.user;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Users of the signed-in user's group, their roles and scopes, and API tokens. Group-level: an
 * administrator sees and changes only users and tokens of its own group.
 */
public interface UserService {

  /** One entry of a scope: an enterprise, and one of its sites or (site null) all of them. */
  record ScopeEntry(long enterpriseId, @Nullable String site) {}

  /** A user as shown (never its password hash). Empty scope: the whole group. */
  record UserView(
      long id,
      String username,
      List<String> roles,
      boolean enabled,
      List<ScopeEntry> scope,
      List<String> permissions) {}

  /** A new user; the password is generated when null. */
  record NewUser(
      String username,
      @Nullable String password,
      List<String> roles,
      @Nullable List<ScopeEntry> scope) {}

  /** A change of a user: null fields stay as they are. */
  record UserChange(
      @Nullable List<String> roles, @Nullable Boolean enabled, @Nullable List<ScopeEntry> scope) {}

  /** A user just created or given a new password, with that password (shown once). */
  record WithPassword(UserView user, String password) {}

  /** An API token as listed (never the token). */
  record TokenView(
      long id,
      String username,
      String name,
      String prefix,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant expiresAt,
      boolean revoked) {}

  /** A token just created: {@code token} is shown this once and never stored. */
  record NewToken(TokenView info, String token) {}

  UserView me();

  List<UserView> list();

  WithPassword create(NewUser user);

  UserView update(long userId, UserChange change);

  WithPassword resetPassword(long userId);

  /**
   * The signed-in user changes its own password: {@code current} must be its password, {@code next}
   * must pass {@link PasswordPolicy} and equal {@code confirm}; every problem is reported at once
   * ({@code /current}, {@code /next}, {@code /confirm}). Like a reset, it revokes the user's API
   * tokens (the count is returned) and ends its other browser sessions; audited without any
   * password. Only a password-proven request.
   */
  int changeMyPassword(String current, String next, String confirm);

  List<TokenView> myTokens();

  NewToken createToken(String name, @Nullable Integer days);

  void revokeMyToken(long tokenId);

  List<TokenView> groupTokens();

  void revokeToken(long tokenId);
}
