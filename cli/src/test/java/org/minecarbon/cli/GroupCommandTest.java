package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditEntry;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.inventory.GroupRecord;
import org.minecarbon.store.user.UserRecord;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * {@code minecarbon db group create}: tenant provisioning without editing the database (issue 11).
 */
class GroupCommandTest {
  @TempDir Path dir;
  private String url;
  private Store store;

  @BeforeEach
  void database() {
    url = "jdbc:h2:file:" + dir.resolve("minecarbon") + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    Store.migrate(ds);
    store = new Store(ds);
    store.users().createGroup("existing group");
  }

  private CliRun create(String name, String admin, String stdin) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(
          "db",
          "group",
          "create",
          "--db",
          url,
          "--db-user",
          "sa",
          "--name",
          name,
          "--admin",
          admin,
          "--password-stdin",
          "--bcrypt-strength",
          "4");
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void create_newGroup_adminCanSignInWithThePasswordAndTheActIsAudited() {
    CliRun run = create("Rival Mining Group", "rival-admin", "correct horse battery\n");

    assertThat(run.exit()).as(run.err()).isZero();
    GroupRecord group = store.users().groupByName("Rival Mining Group").orElseThrow();
    UserRecord admin = store.users().user("rival-admin").orElseThrow();
    assertThat(admin.groupId()).isEqualTo(group.id());
    assertThat(admin.roles()).containsExactly("ADMIN");
    // the stored hash is what the server's DelegatingPasswordEncoder checks: {bcrypt}$2a$…
    assertThat(admin.passwordHash()).startsWith("{bcrypt}$2");
    assertThat(BCrypt.checkpw("correct horse battery", admin.passwordHash().substring(8))).isTrue();
    assertThat(BCrypt.checkpw("wrong horse battery", admin.passwordHash().substring(8))).isFalse();
    List<AuditEntry> trail =
        store.audit().list(new AuditQuery(group.id(), null, "group", null, 0, 10));
    assertThat(trail).hasSize(1);
    assertThat(trail.getFirst().actor()).startsWith("operator:");
    assertThat(trail.getFirst().after()).contains("rival-admin");
    assertThat(CliRun.of("audit", "verify", "--db", url, "--db-user", "sa").exit()).isZero();
  }

  @Test
  void create_takenNameShortPasswordBadUser_everyProblemAndNothingCreated() {
    int groups = store.users().groups().size();

    CliRun run = create("existing group", "bad user!", "short\n");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--name", "--admin", "password");
    assertThat(store.users().groups()).hasSize(groups);
    assertThat(store.users().user("bad user!")).isEmpty();
  }

  @Test
  void create_commonPassword_refusedAndNothingCreated() {
    int groups = store.users().groups().size();

    // on the bundled list of common passwords (SecLists), long enough to pass the length rule
    CliRun run = create("third group", "third-admin", "password1234\n");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("common");
    assertThat(store.users().groups()).hasSize(groups);
  }
}
