package org.minecarbon.app.user;

import java.security.SecureRandom;
import java.util.Base64;

/** Generated passwords (new users, resets, the first admin, demo users). */
public final class Passwords {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** 18 random bytes, URL-safe Base64 (24 characters, about 144 bits). */
  public static String random() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
