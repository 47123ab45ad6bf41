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
