package org.minecarbon.app;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.store.Store;

/** The {@link Actor} of tests: a user signed in by name (loaded from the store), or nobody. */
public final class TestActor implements Actor {
  private final Store store;
  private volatile @Nullable String username;
  private volatile @Nullable String reason;

  public TestActor(Store store) {
    this.store = store;
  }

  public void signIn(String name) {
    this.username = name;
  }

  public void signOut() {
    this.username = null;
  }

  /** The reason "stated with the request" from now on. */
  public void reason(@Nullable String stated) {
    this.reason = stated;
  }

  @Override
  public Optional<AccessUser> user() {
    String name = username;
    return name == null
        ? Optional.empty()
        : store.users().user(name).map(u -> AccessUser.load(store, u));
  }

  @Override
  public String name() {
    String name = username;
    return name == null ? SYSTEM : name;
  }

  @Override
  public @Nullable String reason() {
    return reason;
  }
}
