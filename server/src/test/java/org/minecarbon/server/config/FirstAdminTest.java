package org.minecarbon.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

  @Test
  void randomPassword_24UrlSafeCharactersAndNoRepeats() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String p = FirstAdmin.randomPassword();
      assertThat(p).hasSize(24).matches("[A-Za-z0-9_-]+");
      seen.add(p);
    }
    assertThat(seen).hasSize(200);
  }
}
