package org.minecarbon.app.access;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The port through which the acting user reaches the use cases: the web adapter implements it from
 * its security context and request, the CLI with a fixed local user, tests with a plain value.
 * Nothing in {@code app} reads a framework's security context.
 */
public interface Actor {

  /**
   * The acting user with roles and scope, read fresh from the store (so that a change of roles,
   * scope or the enabled flag applies at once); empty when nobody is signed in.
   */
  Optional<AccessUser> user();

  /** The name recorded in the audit trail: the signed-in name, or {@code system} without one. */
  default String name() {
    return user().map(AccessUser::username).orElse(SYSTEM);
  }

  /**
   * The reason of the change stated with the current request (an HTTP header or form field), used
   * by the audit trail when a use case is given none.
   */
  default @Nullable String reason() {
    return null;
  }

  /**
   * Whether the user proved who they are in this request with their password (a browser session or
   * HTTP Basic), not with an API token. Only such a request may create API tokens, so a leaked
   * token cannot mint itself successors (issue 11).
   */
  default boolean interactive() {
    return true;
  }

  /** Forgets a cached copy of the user (after the use case changed it). */
  default void forget() {}

  /** The audit name of work done without a user (seeding, migrations, local CLI). */
  String SYSTEM = "system";
}
