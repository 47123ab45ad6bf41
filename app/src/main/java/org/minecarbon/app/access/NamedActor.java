package org.minecarbon.app.access;

import java.util.Optional;
import org.minecarbon.store.Store;

/**
 * An {@link Actor} that is a named user of the application database, read fresh from the store on
 * every call (roles, scope and the enabled flag apply at once): the service user of a process
 * without a request, such as the stream job ({@code --as}).
 */
public final class NamedActor implements Actor {
  private final Store store;
  private final String username;

  public NamedActor(Store store, String username) {
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

  @Override
  public boolean interactive() {
    return false;
  }
}
