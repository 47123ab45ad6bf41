package org.minecarbon.app.user;

import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * The port that turns a new password into the hash the store keeps (the web adapter uses BCrypt);
 * passwords themselves are never stored.
 */
@FunctionalInterface
public interface PasswordHasher {
  String hash(String password);

  /**
   * Whether {@code password} is the one {@code hash} was made from (a self-service password change
   * proves the current password). A port made from a lambda cannot tell and refuses by throwing.
   */
  default boolean matches(String password, String hash) {
    throw new UnsupportedOperationException("this password port cannot verify passwords");
  }

  /** A port that hashes with {@code hash} and verifies with {@code matches}. */
  static PasswordHasher of(UnaryOperator<String> hash, BiPredicate<String, String> matches) {
    return new PasswordHasher() {
      @Override
      public String hash(String password) {
        return hash.apply(password);
      }

      @Override
      public boolean matches(String password, String stored) {
        return matches.test(password, stored);
      }
    };
  }
}
