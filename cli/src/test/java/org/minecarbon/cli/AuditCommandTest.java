package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditChange;

/** {@code minecarbon audit verify} on an H2 file database made here. */
class AuditCommandTest {

  @Test
  void verify_intactChain_exit0_tamperedEntry_exit3NamingIt(@TempDir Path dir) throws Exception {
    JdbcDataSource ds = threeEntries(dir);
    String url = ds.getURL();
    Store store = new Store(ds);

    CliRun ok = CliRun.of("audit", "verify", "--db", url, "--db-user", "sa");

    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("audit chain OK: 3 entries");

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_log SET after_json = '{\"intensity\":0}' WHERE seq = 2");
    }
    CliRun broken = CliRun.of("audit", "verify", "--db", url, "--db-user", "sa");

    assertThat(broken.exit()).isEqualTo(3);
    assertThat(broken.err()).contains("BROKEN at entry 2").contains("hash mismatch");
  }

  @Test
  void verify_tailCutAndHeadReset_passesAloneButNotAgainstTheCheckpoint(@TempDir Path dir)
      throws Exception {
    JdbcDataSource ds = threeEntries(dir);
    String url = ds.getURL();
    Store store = new Store(ds);
    Path checkpoint = dir.resolve("elsewhere").resolve("audit-heads.txt");
    java.nio.file.Files.createDirectories(checkpoint.getParent());
    String head3 = store.audit().hashAt(3).orElseThrow();

    CliRun first =
        CliRun.of(
            "audit",
            "verify",
            "--db",
            url,
            "--db-user",
            "sa",
            "--checkpoint",
            checkpoint.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(java.nio.file.Files.readString(checkpoint)).startsWith("3 " + head3 + " ");

    // the attack of issue 11: cut the last entry and point the head at the one before
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM audit_log WHERE seq = 3");
      s.executeUpdate(
          "UPDATE audit_head SET last_seq = 2, last_hash = (SELECT hash FROM audit_log WHERE seq"
              + " = 2) WHERE id = 1");
    }
    CliRun alone = CliRun.of("audit", "verify", "--db", url, "--db-user", "sa");
    CliRun anchored =
        CliRun.of(
            "audit",
            "verify",
            "--db",
            url,
            "--db-user",
            "sa",
            "--checkpoint",
            checkpoint.toString());

    // the chain alone cannot see it (the residual risk documented in docs/security.md) …
    assertThat(alone.exit()).isZero();
    // … the checkpoint kept outside the database does
    assertThat(anchored.exit()).isEqualTo(3);
    assertThat(anchored.err()).contains("entry 3", "the tail was cut");
    assertThat(java.nio.file.Files.readAllLines(checkpoint)).hasSize(1);
  }

  @Test
  void verify_help_documentsExitStatus3() {
    CliRun help = CliRun.of("audit", "verify", "--help");

    assertThat(help.out()).contains("Exit status").contains("3").contains("broken");
  }

  /** An H2 file database with an audit trail of three entries. */
  private static JdbcDataSource threeEntries(Path dir) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("minecarbon") + ";DB_CLOSE_ON_EXIT=FALSE");
    ds.setUser("sa");
    Store.migrate(ds);
    Store store = new Store(ds);
    for (int q : new int[] {1, 2, 3}) {
      store
          .audit()
          .append(
              new AuditChange(
                  "alice",
                  null,
                  null,
                  "benchmark",
                  "1",
                  "update",
                  null,
                  JsonCodec.mapper().createObjectNode().put("intensity", q),
                  null));
    }
    return ds;
  }
}
