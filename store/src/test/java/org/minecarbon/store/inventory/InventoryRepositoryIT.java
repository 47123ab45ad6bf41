package org.minecarbon.store.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.StaleVersionException;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.catalog.FactorSetRecord;
import tools.jackson.databind.node.ObjectNode;

/** The store on H2 and (when configured) PostgreSQL: same migrations, same behaviour. */
class InventoryRepositoryIT {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path METAL = Path.of("../examples/metal-mine.json");

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void replaceDocument_examples_inventoryReadsBackEqual(DataSource ds) {
    Store store = new Store(ds);
    for (Path example : List.of(COAL, METAL)) {
      Inventory original = Documents.read(example).orElseThrow();
      long id = enterprise(store, InventoryWriter.write(original));

      Result<Inventory> back = store.inventories().inventory(id).orElseThrow();

      assertThat(back.orElseThrow()).isEqualTo(original);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rows_indexedColumns_filterByYearMonthSiteKind(DataSource ds) {
    Store store = new Store(ds);
    Inventory original = Documents.read(COAL).orElseThrow();
    long id = enterprise(store, InventoryWriter.write(original));

    // coal-mine.json: 18 activities, 2 sinks, 4 production rows, all in 2024, site "mine";
    // January has diesel, power and CH4 activity rows plus one production row
    assertThat(store.rows().list(id, RowQuery.of(RowKind.ACTIVITY))).hasSize(18);
    assertThat(store.rows().list(id, RowQuery.of(RowKind.SINK))).hasSize(2);
    assertThat(store.rows().list(id, new RowQuery(null, 2024, 1, null))).hasSize(4);
    assertThat(store.rows().list(id, new RowQuery(null, 2023, null, null))).isEmpty();
    assertThat(store.inventories().years(id)).containsExactly(2024);
    RowRecord first = store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).get(0);
    assertThat(first.key()).isEqualTo("diesel-2024-01");
    assertThat(first.month()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void updateRow_staleVersion_throwsAndKeepsRow(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store, InventoryWriter.write(Documents.read(COAL).orElseThrow()));
    RowRecord row = store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).get(0);
    ObjectNode changed = row.doc().deepCopy().put("quantity", 151);

    assertThat(store.rows().update(id, row.id(), changed, row.version())).isTrue();

    ObjectNode again = row.doc().deepCopy().put("quantity", 999);
    assertThatThrownBy(() -> store.rows().update(id, row.id(), again, row.version()))
        .isInstanceOf(StaleVersionException.class);
    RowRecord now = store.rows().get(id, row.id()).orElseThrow();
    assertThat(now.doc().get("quantity").asInt()).isEqualTo(151);
    assertThat(now.version()).isEqualTo(row.version() + 1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void updateAll_inTransaction_replacesDocsAndColumnsBumpsVersionsOnlyThere(DataSource ds) {
    // in a transaction PostgreSQL takes the COPY-into-a-temporary-table path (PgCopy.update), H2
    // the JDBC batch: both must leave the same rows
    Store store = new Store(ds);
    long id = enterprise(store, InventoryWriter.write(Documents.read(COAL).orElseThrow()));
    List<RowRecord> before = store.rows().list(id, RowQuery.of(RowKind.ACTIVITY));
    RowRecord a = before.get(0);
    RowRecord b = before.get(1);
    ObjectNode movedA = a.doc().deepCopy().put("quantity", 151).put("period", "2023-03");
    ObjectNode movedB = b.doc().deepCopy().put("site", "pit \"2\", north").put("id", "renamed");
    java.util.Map<Long, ObjectNode> updates = new java.util.LinkedHashMap<>();
    updates.put(a.id(), movedA);
    updates.put(b.id(), movedB);

    store.inTransaction(
        () -> {
          store.rows().updateAll(id, updates);
          store.rows().updateAll(id, java.util.Map.of(a.id(), movedA)); // twice in one transaction
          return null;
        });

    RowRecord nowA = store.rows().get(id, a.id()).orElseThrow();
    RowRecord nowB = store.rows().get(id, b.id()).orElseThrow();
    assertThat(nowA.doc()).isEqualTo(movedA);
    assertThat(nowA.year()).isEqualTo(2023);
    assertThat(nowA.month()).isEqualTo(3);
    assertThat(nowA.version()).isEqualTo(a.version() + 2);
    assertThat(nowB.site()).isEqualTo("pit \"2\", north");
    assertThat(nowB.key()).isEqualTo("renamed");
    assertThat(nowB.version()).isEqualTo(b.version() + 1);
    RowRecord untouched = before.get(2);
    assertThat(store.rows().get(id, untouched.id()).orElseThrow().version())
        .isEqualTo(untouched.version());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void inTransaction_failure_rollsBackEverything(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store, InventoryWriter.write(Documents.read(COAL).orElseThrow()));
    long before = store.rows().count(id);
    ObjectNode metal = InventoryWriter.write(Documents.read(METAL).orElseThrow());

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    () -> {
                      store.inventories().replaceDocument(id, metal);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(store.rows().count(id)).isEqualTo(before);
    assertThat(store.inventories().sites(id)).extracting(SiteRecord::code).containsExactly("mine");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void revision_changesWithEveryRowAndSiteChange(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store, InventoryWriter.write(Documents.read(COAL).orElseThrow()));
    long r0 = store.inventories().revision(id);
    RowRecord row = store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).get(0);

    store.rows().update(id, row.id(), row.doc(), null);
    long r1 = store.inventories().revision(id);
    store.rows().delete(id, row.id());
    long r2 = store.inventories().revision(id);
    store.rows().list(id, RowQuery.ALL);
    long r3 = store.inventories().revision(id);

    assertThat(r1).isGreaterThan(r0);
    assertThat(r2).isGreaterThan(r1);
    assertThat(r3).isEqualTo(r2);
    assertThat(store.inventories().revision(-5)).isEqualTo(-1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void catalog_benchmarksAndFactorSets_roundTrip(DataSource ds) {
    Store store = new Store(ds);
    String setId = "it-" + UUID.randomUUID();
    long a = store.users().createGroup("a-" + UUID.randomUUID());
    long other = store.users().createGroup("b-" + UUID.randomUUID());
    store.catalog().addFactorSet(new FactorSetRecord(setId, a, "f.csv", "# set: x\nkey,value"));
    long b = store.catalog().addBenchmark(null, "raw-coal", 0.2, 2024, "note");

    assertThat(store.catalog().factorSet(a, setId))
        .get()
        .extracting(FactorSetRecord::csv)
        .isEqualTo("# set: x\nkey,value");
    // per tenant (issue 11): another group neither sees it nor collides with its id
    assertThat(store.catalog().factorSet(other, setId)).isEmpty();
    assertThat(store.catalog().factorSets(other)).isEmpty();
    store.catalog().addFactorSet(new FactorSetRecord(setId, other, "g.csv", "# set: y\nkey,value"));
    assertThat(store.catalog().factorSet(other, setId).orElseThrow().csv()).contains("set: y");
    assertThat(store.catalog().factorSet(a, setId).orElseThrow().csv()).contains("set: x");
    assertThat(store.catalog().benchmark(b).orElseThrow().intensity())
        .isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(store.catalog().deleteBenchmark(b)).isTrue();
    assertThat(store.catalog().benchmark(b)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deleteEnterprise_removesRowsAndSites(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store, InventoryWriter.write(Documents.read(COAL).orElseThrow()));

    assertThat(store.inventories().deleteEnterprise(id)).isTrue();

    assertThat(store.rows().count(id)).isZero();
    assertThat(store.inventories().sites(id)).isEmpty();
    assertThat(store.inventories().enterprise(id)).isEmpty();
  }

  private static long enterprise(Store store, ObjectNode document) {
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(document));
    store.inventories().replaceDocument(id, document);
    return id;
  }
}
