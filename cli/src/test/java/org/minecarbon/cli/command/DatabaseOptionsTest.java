package org.minecarbon.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every H2 file database the CLI opens writes its commits before returning (WRITE_DELAY=0). */
class DatabaseOptionsTest {
  @Test
  void durable_h2FileWithoutWriteDelay_getsWriteDelayZero() {
    assertThat(DatabaseOptions.durable("jdbc:h2:file:/d/minecarbon;DB_CLOSE_ON_EXIT=FALSE"))
        .isEqualTo("jdbc:h2:file:/d/minecarbon;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }

  @Test
  void durable_explicitWriteDelayOrOtherDatabases_leftAsGiven() {
    assertThat(DatabaseOptions.durable("jdbc:h2:file:/d/m;write_delay=100"))
        .isEqualTo("jdbc:h2:file:/d/m;write_delay=100");
    assertThat(DatabaseOptions.durable("jdbc:postgresql://db/minecarbon"))
        .isEqualTo("jdbc:postgresql://db/minecarbon");
    assertThat(DatabaseOptions.durable("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
  }

  @Test
  void defaultUrl_withoutEnvironment_isTheDurableDemoFile() {
    // the default (no MINECARBON_DB_URL in the test environment) is built with WRITE_DELAY=0
    if (System.getenv("MINECARBON_DB_URL") == null) {
      assertThat(new DatabaseOptions().url).startsWith("jdbc:h2:file:").endsWith(";WRITE_DELAY=0");
    }
  }
}
