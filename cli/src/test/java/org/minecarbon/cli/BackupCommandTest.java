package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Databases;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import tools.jackson.databind.node.ObjectNode;

/** {@code minecarbon backup} and {@code restore} on H2 file databases. */
class BackupCommandTest {
  @TempDir Path dir;

  @Test
  void backupThenRestore_freshDatabase_sameBalanceAndSummaryOnStderr() throws Exception {
    String source = url("source");
    long id = filled(source);
    Path zip = dir.resolve("backup.zip");

    CliRun backup = CliRun.of("backup", "--out", zip.toString(), "--db", source);
    String target = url("target");
    CliRun restore = CliRun.of("restore", zip.toString(), "--db", target);

    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.err()).contains("inventory_row").contains("backed up").contains("tables");
    assertThat(Files.size(zip)).isPositive();
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.err()).contains("restored").contains("inventory_row");
    assertThat(restore.out()).isEmpty();
    assertThat(balance(target, id)).isEqualTo(balance(source, id));
  }

  @Test
  void restore_databaseHasData_exit2AndRefused() {
    String source = url("source");
    filled(source);
    Path zip = dir.resolve("b.zip");
    assertThat(CliRun.of("backup", "--out", zip.toString(), "--db", source).exit()).isZero();

    CliRun again = CliRun.of("restore", zip.toString(), "--db", source);

    assertThat(again.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(again.err()).contains("refused, nothing changed").contains("not empty");
  }

  @Test
  void restore_corruptFile_exit2() throws Exception {
    Path junk = dir.resolve("junk.zip");
    Files.writeString(junk, "not a zip");

    CliRun run = CliRun.of("restore", junk.toString(), "--db", url("t"));

    assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).contains("corrupt");
  }

  @Test
  void restore_missingFile_exit2() {
    CliRun run = CliRun.of("restore", dir.resolve("none.zip").toString(), "--db", url("t"));

    assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).contains("none.zip");
  }

  @Test
  void backup_outExists_exit2WithoutForce() throws Exception {
    String source = url("source");
    filled(source);
    Path zip = dir.resolve("b.zip");
    Files.writeString(zip, "keep me");

    CliRun run = CliRun.of("backup", "--out", zip.toString(), "--db", source);

    assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(Files.readString(zip)).isEqualTo("keep me");
    assertThat(CliRun.of("backup", "--out", zip.toString(), "--db", source, "--force").exit())
        .isZero();
  }

  private String url(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  private static long filled(String url) {
    DataSource ds = Databases.of(url, "sa", "");
    Store.migrate(ds);
    Store store = new Store(ds);
    ObjectNode document =
        InventoryWriter.write(
            Documents.read(CliRun.EXAMPLES.resolve("coal-mine.json")).orElseThrow());
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(document));
    store.inventories().replaceDocument(id, document);
    return id;
  }

  private static Balance balance(String url, long id) {
    Store store = new Store(Databases.of(url, "sa", ""));
    var inventory = store.inventories().inventory(id).orElseThrow().orElseThrow();
    return new BalanceCalculator(FactorLibrary.builtIn()).calculate(inventory).orElseThrow();
  }
}
