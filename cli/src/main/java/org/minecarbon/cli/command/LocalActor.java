package org.minecarbon.cli.command;

import java.util.Optional;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.app.user.PasswordHasher;
import org.minecarbon.store.Store;

/**
 * The CLI's {@link Actor}: a named user of the application database ({@code --as}), read fresh from
 * the store, so that a command sees exactly what that user sees in the web application (tenant,
 * enterprise and site scope, roles).
 */
final class LocalActor implements Actor {
  /** The CLI creates no users; a password never needs hashing here. */
  static final PasswordHasher NO_PASSWORDS =
      password -> {
        throw new UnsupportedOperationException("the command line does not set passwords");
      };

  private final Store store;
  private final String username;

  LocalActor(Store store, String username) {
    this.store = store;
    this.username = username;
  }

  @Override
  public Optional<AccessUser> user() {
    return store.users().user(username).map(u -> AccessUser.load(store, u));
  }

  @Override
  public String name() {
    return username;
  }
}
