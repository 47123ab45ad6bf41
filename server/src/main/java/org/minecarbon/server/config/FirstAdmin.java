package org.minecarbon.server.config;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.minecarbon.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no user yet) creates the default group and an administrator with a random
 * password, printed once to stdout and the log. Only its hash is stored; later starts say that the
 * password was shown on the first start. There is no default password.
 */
@Component
@Order(0)
public class FirstAdmin implements ApplicationRunner {
  /** Name of the group the first administrator belongs to. */
  public static final String DEFAULT_GROUP = "default";

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Store store;
  private final PasswordEncoder encoder;
  private final String username;
  private final String initialPassword;
  private final PrintStream out;

  FirstAdmin(
      Store store,
      PasswordEncoder encoder,
      @Value("${minecarbon.admin.username:admin}") String username,
      @Value("${minecarbon.admin.initial-password:}") String initialPassword) {
    this.store = store;
    this.encoder = encoder;
    this.username = username;
    this.initialPassword = initialPassword;
    this.out = System.out;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (store.users().countUsers() > 0) {
      String msg =
          "MineCarbon: administrator '"
              + username
              + "' exists; its password was shown on the first start.";
      out.println(msg);
      LOG.info(msg);
      return;
    }
    boolean generated = initialPassword.isBlank();
    String password = generated ? randomPassword() : initialPassword;
    store.inTransaction(
        () -> {
          long group = store.users().createGroup(DEFAULT_GROUP);
          store
              .users()
              .createUser(username, encoder.encode(password), List.of("ADMIN", "USER"), group);
        });
    if (generated) {
      String msg =
          "MineCarbon: first start. Administrator created: user '"
              + username
              + "', password '"
              + password
              + "' (shown only this once; only its hash is stored).";
      out.println(msg);
      LOG.warn(
          "MineCarbon: first administrator '{}' created; password printed to stdout", username);
    } else {
      LOG.info("MineCarbon: administrator '{}' created with the configured password", username);
    }
  }

  /** 18 random bytes, URL-safe Base64 (24 characters, about 144 bits). */
  static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
