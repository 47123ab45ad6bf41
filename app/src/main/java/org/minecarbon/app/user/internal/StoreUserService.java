package org.minecarbon.app.user.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.AccessScope;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.user.PasswordHasher;
import org.minecarbon.app.user.PasswordPolicy;
import org.minecarbon.app.user.Passwords;
import org.minecarbon.app.user.UserService;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.ApiTokenRecord;
import org.minecarbon.store.user.ApiTokenRepository;
import org.minecarbon.store.user.ScopeGrant;
import org.minecarbon.store.user.UserRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Users and tokens in the store; every lookup is limited to the signed-in user's group. */
public class StoreUserService implements UserService {
  /** The term of an API token created without one. */
  public static final int DEFAULT_TOKEN_DAYS = 90;

  /** Code of a self-service password change whose current password is wrong. */
  public static final String WRONG_PASSWORD = "WRONG_PASSWORD";

  /** Code of a self-service password change whose confirmation differs from the new password. */
  public static final String PASSWORD_MISMATCH = "PASSWORD_MISMATCH";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final Store store;
  private final Tenancy tenancy;
  private final PasswordHasher encoder;
  private final AuditTrail audit;

  public StoreUserService(Store store, Tenancy tenancy, PasswordHasher encoder, AuditTrail audit) {
    this.store = store;
    this.tenancy = tenancy;
    this.encoder = encoder;
    this.audit = audit;
  }

  @Override
  public UserView me() {
    return view(store.users().user(tenancy.user().id()).orElseThrow());
  }

  @Override
  public List<UserView> list() {
    return store.users().users(tenancy.groupId()).stream().map(this::view).toList();
  }

  @Override
  public WithPassword create(NewUser input) {
    long group = tenancy.groupId();
    List<Issue> issues = new ArrayList<>();
    if (input.username() == null || !NAME.matcher(input.username()).matches()) {
      issues.add(
          Issue.error(
              Codes.REQUIRED,
              "/username",
              "a user name of 1–100 letters, digits, . _ @ -",
              input.username(),
              "[A-Za-z0-9._@-]{1,100}"));
    } else if (store.users().user(input.username()).isPresent()) {
      issues.add(
          Issue.error(
              AppCodes.DUPLICATE,
              "/username",
              "the user name is taken",
              input.username(),
              "a new name"));
    }
    List<String> roles =
        UserChecks.roles(input.roles() == null ? List.of() : input.roles(), issues);
    List<ScopeGrant> scope = scope(input.scope(), group, issues);
    String password = input.password() == null ? Passwords.random() : input.password();
    if (input.password() != null) {
      issues.addAll(PasswordPolicy.check(input.username(), password, "/password"));
    }
    UserChecks.throwOnErrors("invalid user", issues);
    long id =
        store.inTransaction(
            () -> {
              long created =
                  store.users().createUser(input.username(), encoder.hash(password), roles, group);
              store.users().replaceScope(created, scope);
              record("user", created, "create", null, tree(view(user(created))));
              return created;
            });
    return new WithPassword(view(store.users().user(id).orElseThrow()), password);
  }

  @Override
  public UserView update(long userId, UserChange change) {
    UserRecord user = inGroup(userId);
    List<Issue> issues = new ArrayList<>();
    List<String> roles =
        change.roles() == null ? user.roles() : UserChecks.roles(change.roles(), issues);
    boolean enabled = change.enabled() == null ? user.enabled() : change.enabled();
    List<ScopeGrant> scope =
        change.scope() == null
            ? store.users().scope(userId)
            : scope(change.scope(), tenancy.groupId(), issues);
    if (userId == tenancy.user().id()
        && (!enabled || roles.stream().noneMatch(r -> r.equals(Role.ADMIN.name())))) {
      issues.add(
          Issue.error(
              AppCodes.FORBIDDEN, "/roles", "you cannot disable yourself or drop your ADMIN role"));
    }
    UserChecks.throwOnErrors("invalid change of user " + user.username(), issues);
    JsonNode before = tree(view(user));
    store.inTransaction(
        () -> {
          store.users().updateUser(userId, roles, enabled);
          store.users().replaceScope(userId, scope);
          record("user", userId, "update", before, tree(view(user(userId))));
        });
    tenancy.actor().forget();
    return view(store.users().user(userId).orElseThrow());
  }

  @Override
  public WithPassword resetPassword(long userId) {
    UserRecord user = inGroup(userId);
    String password = Passwords.random();
    String hash = encoder.hash(password);
    store.inTransaction(
        () -> {
          store.users().changePassword(user.id(), hash);
          // a reset ends every way in that the old password opened (issue 11): API tokens are
          // revoked here; browser sessions end at their next request (the web adapter)
          int revoked = revokeAll(user.id());
          ObjectNode after = JsonCodec.mapper().createObjectNode().put("tokensRevoked", revoked);
          record("user", user.id(), "password_reset", null, after);
        });
    return new WithPassword(view(user), password);
  }

  @Override
  public int changeMyPassword(String current, String next, String confirm) {
    if (!tenancy.actor().interactive()) {
      throw new ForbiddenException(
          "an API token cannot change the password: sign in with your password to change it");
    }
    UserRecord user = user(tenancy.user().id());
    List<Issue> issues = new ArrayList<>();
    if (!encoder.matches(current, user.passwordHash())) {
      issues.add(Issue.error(WRONG_PASSWORD, "/current", "the current password is not correct"));
    }
    issues.addAll(PasswordPolicy.check(user.username(), next, "/next"));
    if (!next.equals(confirm)) {
      issues.add(
          Issue.error(PASSWORD_MISMATCH, "/confirm", "the two new passwords are not the same"));
    }
    if (next.equals(current)) {
      issues.add(
          Issue.error(
              PasswordPolicy.WEAK_PASSWORD, "/next", "the new password is the current one"));
    }
    UserChecks.throwOnErrors("password not changed", issues);
    String hash = encoder.hash(next);
    return store.inTransaction(
        () -> {
          store.users().changePassword(user.id(), hash);
          int revoked = revokeAll(user.id());
          ObjectNode after = JsonCodec.mapper().createObjectNode().put("tokensRevoked", revoked);
          record("user", user.id(), "password_change", null, after);
          return revoked;
        });
  }

  /** Revokes every live token of the user; how many. */
  private int revokeAll(long userId) {
    int revoked = 0;
    for (ApiTokenRecord t : store.tokens().ofUser(userId)) {
      if (!t.revoked() && store.tokens().revoke(t.id())) {
        revoked++;
      }
    }
    return revoked;
  }

  @Override
  public List<TokenView> myTokens() {
    return store.tokens().ofUser(tenancy.user().id()).stream().map(UserChecks::token).toList();
  }

  @Override
  public NewToken createToken(String name, @Nullable Integer days) {
    if (!tenancy.actor().interactive()) {
      throw new ForbiddenException(
          "an API token cannot create API tokens: sign in with your password to create one");
    }
    if (name.isBlank() || name.length() > 200 || days != null && (days < 1 || days > 3660)) {
      throw new InvalidInputException(
          Issue.error(Codes.REQUIRED, "/name", "a token name (1–200 characters), days 1–3660"));
    }
    // tokens expire: 90 days unless the user asks for another term (issue 11)
    Instant expires = Instant.now().plus(Duration.ofDays(days == null ? DEFAULT_TOKEN_DAYS : days));
    long me = tenancy.user().id();
    ApiTokenRepository.Created created =
        store.inTransaction(
            () -> {
              ApiTokenRepository.Created c = store.tokens().create(me, name.strip(), expires);
              record(
                  "api_token", c.token().id(), "create", null, tree(UserChecks.token(c.token())));
              return c;
            });
    return new NewToken(UserChecks.token(created.token()), created.plain());
  }

  @Override
  public void revokeMyToken(long tokenId) {
    long me = tenancy.user().id();
    ApiTokenRecord t =
        store
            .tokens()
            .byId(tokenId)
            .filter(x -> x.userId() == me)
            .orElseThrow(() -> new NotFoundException("token", tokenId));
    revoke(t);
  }

  @Override
  public List<TokenView> groupTokens() {
    return store.tokens().ofGroup(tenancy.groupId()).stream().map(UserChecks::token).toList();
  }

  @Override
  public void revokeToken(long tokenId) {
    ApiTokenRecord t =
        store.tokens().byId(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
    inGroup(t.userId());
    revoke(t);
  }

  private void revoke(ApiTokenRecord t) {
    store.inTransaction(
        () -> {
          store.tokens().revoke(t.id());
          record("api_token", t.id(), "revoke", tree(UserChecks.token(t)), null);
        });
  }

  private UserRecord user(long id) {
    return store.users().user(id).orElseThrow();
  }

  /** A group-level audit entry (never a password, hash or token: views carry none). */
  private void record(
      String entity, long id, String action, @Nullable JsonNode before, @Nullable JsonNode after) {
    audit.record(0, entity, String.valueOf(id), action, before, after, null);
  }

  private static JsonNode tree(Object view) {
    return JsonCodec.mapper().valueToTree(view);
  }

  private UserRecord inGroup(long userId) {
    long group = tenancy.groupId();
    return store
        .users()
        .user(userId)
        .filter(u -> Objects.equals(u.groupId(), group))
        .orElseThrow(() -> new NotFoundException("user", userId));
  }

  private List<ScopeGrant> scope(
      @Nullable List<ScopeEntry> entries, long group, List<Issue> issues) {
    if (entries == null) {
      return List.of();
    }
    List<ScopeGrant> grants = new ArrayList<>();
    for (ScopeEntry e : entries) {
      boolean ours =
          store
              .inventories()
              .enterprise(e.enterpriseId())
              .filter(x -> x.groupId() == group)
              .isPresent();
      if (!ours) {
        issues.add(
            Issue.error(
                AppCodes.NOT_FOUND,
                "/scope",
                "no such enterprise in the group",
                e.enterpriseId(),
                "an enterprise of the group"));
      } else {
        grants.add(
            new ScopeGrant(
                e.enterpriseId(),
                e.site() == null || e.site().isBlank() ? null : e.site().strip()));
      }
    }
    return grants;
  }

  private UserView view(UserRecord u) {
    AccessScope scope = AccessScope.of(store.users().scope(u.id()));
    AccessUser a =
        new AccessUser(u.id(), u.username(), u.groupId(), AccessUser.roles(u), scope, u.enabled());
    List<String> permissions = new ArrayList<>();
    for (Permission p : Permission.values()) {
      if (a.can(p)) {
        permissions.add(p.name());
      }
    }
    return new UserView(
        u.id(),
        u.username(),
        u.roles(),
        u.enabled(),
        scope.grants().stream().map(g -> new ScopeEntry(g.enterpriseId(), g.siteCode())).toList(),
        permissions);
  }
}
