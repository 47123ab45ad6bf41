package org.minecarbon.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.FactorSetRecord;
import org.minecarbon.store.NewEvidence;
import org.minecarbon.store.RowKind;
import org.minecarbon.store.RowQuery;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreRepository;
import tools.jackson.databind.node.ObjectNode;

/** Backup, then restore into a fresh database: the same rows and the same balances. */
class BackupIT {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path METAL = Path.of("../examples/metal-mine.json");

  static Stream<Named<Supplier<DataSource>>> databases() {
    return FreshDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_freshDatabase_sameRowsAndBalances(Supplier<DataSource> fresh) {
    DataSource source = filled(fresh.get());
    byte[] zip = backup(source);
    DataSource target = fresh.get();

    BackupSummary restored = Backup.restore(target, new ByteArrayInputStream(zip));

    assertSameData(source, target);
    assertThat(restored.totalRows()).isEqualTo(Dumps.rowCount(source));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_thenInsert_identityContinuesAfterRestoredIds(Supplier<DataSource> fresh) {
    DataSource source = filled(fresh.get());
    DataSource target = fresh.get();
    Backup.restore(target, new ByteArrayInputStream(backup(source)));
    Store store = new Store(target);
    long maxRow = Dumps.max(target, "inventory_row", "id");

    long group = store.users().createGroup("after-restore");
    long enterprise = enterprise(store, group, COAL);

    assertThat(store.rows().list(enterprise, RowQuery.ALL).get(0).id()).isGreaterThan(maxRow);
    assertThat(store.users().group(group)).isPresent();
  }

  @Test
  void restore_acrossDatabases_h2ToPostgresAndBack() {
    assumeTrue(FreshDatabases.postgresConfigured(), "PostgreSQL not configured");
    DataSource h2 = filled(FreshDatabases.h2());
    DataSource pg = FreshDatabases.postgres();
    Backup.restore(pg, new ByteArrayInputStream(backup(h2)));
    assertSameData(h2, pg);

    DataSource h2Again = FreshDatabases.h2();
    Backup.restore(h2Again, new ByteArrayInputStream(backup(pg)));
    assertSameData(pg, h2Again);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_targetHasData_refusedAndUnchanged(Supplier<DataSource> fresh) {
    byte[] zip = backup(filled(fresh.get()));
    DataSource target = fresh.get();
    Store.migrate(target);
    new Store(target).users().createGroup("existing");
    Map<String, List<List<String>>> before = Dumps.all(target);

    assertThatThrownBy(() -> Backup.restore(target, new ByteArrayInputStream(zip)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("not empty")
        .hasMessageContaining("tenant_group");

    assertThat(Dumps.all(target)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_flippedByte_refusedAndTargetUntouched(Supplier<DataSource> fresh) {
    byte[] zip = backup(filled(fresh.get()));
    // a byte in the middle of the first table's compressed data: CRC or checksum must catch it
    zip[60] ^= 0x01;
    DataSource target = fresh.get();

    assertThatThrownBy(() -> Backup.restore(target, new ByteArrayInputStream(zip)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("corrupt");

    assertThat(Dumps.all(target)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_checksumInManifestWrong_refused(Supplier<DataSource> fresh) {
    byte[] zip =
        Zips.rewrite(
            backup(filled(fresh.get())),
            Map.of(
                "manifest.json",
                m -> m.replaceFirst("\"sha256\" : \"[0-9a-f]", "\"sha256\" : \"x")));
    DataSource target = fresh.get();

    assertThatThrownBy(() -> Backup.restore(target, new ByteArrayInputStream(zip)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("does not match its checksum");

    assertThat(Dumps.all(target)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_rowEditedInsideBackup_refused(Supplier<DataSource> fresh) {
    UnaryOperator<String> edit = t -> t.replace("\"diesel-2024-01\"", "\"diesel-2024-99\"");
    byte[] zip =
        Zips.rewrite(backup(filled(fresh.get())), Map.of("tables/inventory_row.jsonl", edit));
    DataSource target = fresh.get();

    assertThatThrownBy(() -> Backup.restore(target, new ByteArrayInputStream(zip)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("inventory_row");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void restore_newerSchemaVersion_refused(Supplier<DataSource> fresh) {
    byte[] zip =
        Zips.rewrite(
            backup(filled(fresh.get())),
            Map.of(
                "manifest.json",
                m ->
                    m.replaceFirst(
                        "\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"999\"")));
    DataSource target = fresh.get();

    assertThatThrownBy(() -> Backup.restore(target, new ByteArrayInputStream(zip)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("999")
        .hasMessageContaining("newer");

    assertThat(Dumps.all(target)).isEmpty();
  }

  @Test
  void restore_notAZip_refused() {
    byte[] junk = "hello, not a backup".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Backup.restore(FreshDatabases.h2(), new ByteArrayInputStream(junk)))
        .isInstanceOf(BackupException.class);
  }

  @Test
  void backup_unmigratedDatabase_refused() {
    assertThatThrownBy(() -> Backup.backup(FreshDatabases.h2(), new ByteArrayOutputStream()))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("no MineCarbon schema");
  }

  private static void assertSameData(DataSource source, DataSource target) {
    Map<String, List<List<String>>> expected = Dumps.all(source);
    assertThat(expected)
        .containsKeys("tenant_group", "app_user", "enterprise", "site", "inventory_row")
        .containsKeys("factor_set", "benchmark", "evidence_file");
    assertThat(expected.get("inventory_row")).hasSizeGreaterThan(20);
    assertThat(expected.get("evidence_file")).hasSize(1);
    assertThat(Dumps.all(target)).isEqualTo(expected);
    assertThat(balances(target)).isEqualTo(balances(source)).hasSize(2);
  }

  private static List<Balance> balances(DataSource ds) {
    Store store = new Store(ds);
    BalanceCalculator calculator = new BalanceCalculator(FactorLibrary.builtIn());
    List<Balance> out = new ArrayList<>();
    for (long id : Dumps.ids(ds, "enterprise")) {
      var inventory = store.inventories().inventory(id).orElseThrow().orElseThrow();
      out.add(calculator.calculate(inventory).orElseThrow());
    }
    return out;
  }

  static byte[] backup(DataSource ds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Backup.backup(ds, out);
    return out.toByteArray();
  }

  /** Migrates and fills a database: both examples, a user, a factor set, a benchmark, evidence. */
  static DataSource filled(DataSource ds) {
    Store.migrate(ds);
    Store store = new Store(ds);
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    store.users().createUser("u-" + UUID.randomUUID(), "{noop}x", List.of("ADMIN"), group);
    long coal = enterprise(store, group, COAL);
    enterprise(store, group, METAL);
    store.catalog().addFactorSet(new FactorSetRecord("set-1", group, "f.csv", "# set: x\nk,v\n"));
    store.catalog().addBenchmark(group, "raw-coal", 0.1234567890123, 2024, "note ✓");
    long row = store.rows().list(coal, RowQuery.of(RowKind.ACTIVITY)).get(0).id();
    byte[] content = new byte[256];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    store
        .evidence()
        .add(
            new NewEvidence(
                coal, row, "k", "a.pdf", "application/pdf", "0".repeat(64), content, "u", null));
    return ds;
  }

  private static long enterprise(Store store, long group, Path example) {
    ObjectNode document = InventoryWriter.write(Documents.read(example).orElseThrow());
    long id = store.inventories().createEnterprise(group, StoreRepository.header(document));
    store.inventories().replaceDocument(id, document);
    return id;
  }
}
