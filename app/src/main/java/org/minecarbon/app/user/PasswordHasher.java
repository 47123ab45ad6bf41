package org.minecarbon.app.user;

/**
 * The port that turns a new password into the hash the store keeps (the web adapter uses BCrypt);
 * passwords themselves are never stored.
 */
@FunctionalInterface
public interface PasswordHasher {
  String hash(String password);
}
