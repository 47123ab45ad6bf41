package org.minecarbon.store.meter;

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
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.StaleVersionException;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.inventory.InventoryRepository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meter storage on H2 and (when configured) PostgreSQL: a key is stored once (the primary key), NaN
 * round-trips as NULL, and the registry is versioned with optimistic replacement.
 */
class MeterRepositoryIT {
  private static final Path COAL = Path.of("../examples/coal-mine.json");

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void insert_sameKeyTwice_secondRefusedByPrimaryKey(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    StoredReading pair =
        new StoredReading("RA-1", 1_000L, Double.NaN, 3200, 0.42, "ok", Double.NaN, Double.NaN);

    store.meters().insert(id, List.of(pair));

    assertThatThrownBy(() -> store.meters().insert(id, List.of(pair)))
        .isInstanceOf(StoreException.class);
    List<StoredReading> back = store.meters().existing(id, "RA-1", 0, 2_000);
    assertThat(back).hasSize(1);
    assertThat(back.getFirst().sameValues(pair)).isTrue();
    assertThat(Double.isNaN(back.getFirst().value())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_mixedBatch_classifiesEveryLineAndStoresOnlyNewKeys(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    StoredReading storedPair = pair("RA-1", 1_000L, 3200, 0.42);
    StoredReading storedValue =
        new StoredReading("E-01", 1_000L, 5.5, Double.NaN, Double.NaN, "ok", 20, 101.325);
    store.inTransaction(() -> store.meters().write(id, List.of(storedPair, storedValue)));

    List<StoredReading> batch =
        List.of(
            pair("RA-1", 1_000L, 3200, 0.42), // stored, equal: duplicate
            pair("RA-1", 2_000L, 3300, 0.40), // new: accepted
            pair("RA-1", 2_000L, 3300, 0.40), // same key earlier in the batch, equal: duplicate
            pair("RA-1", 2_000L, 3300, 0.41), // same key earlier in the batch, other: conflict
            new StoredReading( // stored with conditions 20 °C: other conditions -> conflict
                "E-01", 1_000L, 5.5, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN),
            new StoredReading( // stored, equal value and conditions: duplicate
                "E-01", 1_000L, 5.5, Double.NaN, Double.NaN, "ok", 20, 101.325),
            pair("RA-1", 3_000L, 3400, 0.43)); // new: accepted

    BatchOutcome out = store.inTransaction(() -> store.meters().write(id, batch));

    // accepted = lines 2 and 7; duplicates = lines 1, 3, 6; conflicts = lines 4, 5
    assertThat(out.accepted()).isEqualTo(2);
    assertThat(out.duplicates()).isEqualTo(3);
    assertThat(out.conflicts()).containsExactly(batch.get(3), batch.get(4));
    List<StoredReading> ra = store.meters().existing(id, "RA-1", 0, 10_000);
    assertThat(ra).extracting(StoredReading::atMs).containsExactly(1_000L, 2_000L, 3_000L);
    assertThat(ra.get(1).sameValues(batch.get(1))).isTrue();
    StoredReading e = store.meters().existing(id, "E-01", 0, 10_000).getFirst();
    assertThat(e.sameValues(storedValue)).isTrue();
    assertThat(store.meters().count(id)).isEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_extremeDoubles_roundTripExactly(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    double[] values = {0.1 + 0.2, 1e-300, 123456789.123456789, -0.0, Double.MAX_VALUE};
    List<StoredReading> batch = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      batch.add(
          new StoredReading(
              "E-01", i, values[i], Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN));
    }

    store.inTransaction(() -> store.meters().write(id, batch));

    // a re-post of the same values must classify as duplicates: the stored doubles are the
    // same bits (no decimal rounding on the COPY text path)
    BatchOutcome again = store.inTransaction(() -> store.meters().write(id, batch));
    assertThat(again.duplicates()).isEqualTo(values.length);
    assertThat(again.accepted()).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_batchAfterStoredReadings_allNewThenRepostDuplicatesAndChangedConflicts(DataSource ds) {
    // the usual stream: each batch later than the stored readings (PostgreSQL: the direct COPY)
    Store store = new Store(ds);
    long id = enterprise(store);
    store.inTransaction(
        () -> store.meters().write(id, List.of(pair("RA-1", 1_000L, 3200, 0.42), value(1_000L))));
    List<StoredReading> later =
        List.of(pair("RA-1", 2_000L, 3300, 0.40), value(2_000L), pair("RA-1", 3_000L, 3400, 0.5));

    BatchOutcome first = store.inTransaction(() -> store.meters().write(id, later));
    BatchOutcome again = store.inTransaction(() -> store.meters().write(id, later));
    List<StoredReading> changed =
        List.of(pair("RA-1", 2_000L, 3300, 0.41), value(2_000L), pair("RA-1", 4_000L, 1, 0.1));
    BatchOutcome third = store.inTransaction(() -> store.meters().write(id, changed));

    // first: 3 new keys; again: the same 3 keys with equal values -> 3 duplicates; third: RA-1@2000
    // other concentration -> conflict, E-01@2000 equal -> duplicate, RA-1@4000 new
    assertThat(first).isEqualTo(new BatchOutcome(3, 0, List.of()));
    assertThat(again).isEqualTo(new BatchOutcome(0, 3, List.of()));
    assertThat(third).isEqualTo(new BatchOutcome(1, 1, List.of(changed.getFirst())));
    List<StoredReading> ra = store.meters().existing(id, "RA-1", 0, 10_000);
    assertThat(ra).extracting(StoredReading::atMs).containsExactly(1_000L, 2_000L, 3_000L, 4_000L);
    assertThat(ra.get(1).sameValues(later.getFirst())).isTrue(); // the first acknowledged is kept
    assertThat(store.meters().count(id)).isEqualTo(6);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_lateReadingInsideStoredSpan_classifiedAgainstStoredKeys(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    store.inTransaction(
        () ->
            store
                .meters()
                .write(id, List.of(pair("RA-1", 1_000L, 1, 0.1), pair("RA-1", 3_000L, 3, 0.3))));
    // RA-1@2000 falls between stored readings (new), RA-1@3000 is stored with equal values
    // (duplicate) and with other values once more (conflict); E-01 has nothing stored (new)
    List<StoredReading> batch =
        List.of(
            pair("RA-1", 2_000L, 2, 0.2),
            pair("RA-1", 3_000L, 3, 0.3),
            pair("RA-1", 3_000L, 3, 0.31),
            value(5_000L));

    BatchOutcome out = store.inTransaction(() -> store.meters().write(id, batch));

    assertThat(out).isEqualTo(new BatchOutcome(2, 1, List.of(batch.get(2))));
    assertThat(store.meters().existing(id, "RA-1", 0, 10_000))
        .extracting(StoredReading::atMs)
        .containsExactly(1_000L, 2_000L, 3_000L);
    assertThat(store.meters().count(id)).isEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_nothingStoredButKeyRepeatedOutOfOrder_firstLineKept(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    List<StoredReading> batch =
        List.of(
            pair("RA-1", 2_000L, 2, 0.2),
            pair("RA-1", 1_000L, 1, 0.1),
            pair("RA-1", 2_000L, 2, 0.2),
            pair("RA-1", 2_000L, 9, 0.9));

    BatchOutcome out = store.inTransaction(() -> store.meters().write(id, batch));

    // keys 2000 and 1000 new; line 3 repeats line 1 (duplicate); line 4 other values (conflict)
    assertThat(out).isEqualTo(new BatchOutcome(2, 1, List.of(batch.get(3))));
    assertThat(
            store.meters().existing(id, "RA-1", 2_000, 2_000).getFirst().sameValues(batch.get(0)))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void write_missingEnterprise_refusedAndNothingStored(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    store.inventories().deleteEnterprise(id);

    assertThatThrownBy(
            () -> store.inTransaction(() -> store.meters().write(id, List.of(value(1_000L)))))
        .isInstanceOf(StoreException.class);
    assertThat(store.meters().count(id)).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deleteEnterprise_withReadings_deletesThem(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    store.inTransaction(() -> store.meters().write(id, List.of(value(1_000L), value(2_000L))));

    assertThat(store.inventories().deleteEnterprise(id)).isTrue();

    assertThat(store.meters().count(id)).isZero();
  }

  private static StoredReading value(long at) {
    return new StoredReading("E-01", at, 5.5, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN);
  }

  private static StoredReading pair(String meter, long at, double flow, double concentration) {
    return new StoredReading(
        meter, at, Double.NaN, flow, concentration, "ok", Double.NaN, Double.NaN);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void putRegistry_staleVersion_refused(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);

    assertThat(store.meters().putRegistry(id, 0L, "{\"a\":1}", "alice")).isEqualTo(1);
    assertThat(store.meters().putRegistry(id, 1L, "{\"a\":2}", "bob")).isEqualTo(2);

    assertThatThrownBy(() -> store.meters().putRegistry(id, 1L, "{\"a\":3}", "carol"))
        .isInstanceOf(StaleVersionException.class);
    assertThat(store.meters().registry(id).orElseThrow().document()).isEqualTo("{\"a\":2}");
  }

  private static long enterprise(Store store) {
    ObjectNode document = InventoryWriter.write(Documents.read(COAL).orElseThrow());
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    return store.inventories().createEnterprise(group, InventoryRepository.header(document));
  }
}
