package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.minecarbon.app.App;
import org.minecarbon.app.access.NamedActor;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.store.Databases;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.stream.sink.InventoryRowSink;
import org.minecarbon.stream.sink.RowSink;
import org.minecarbon.stream.sink.StoreSink;
import tools.jackson.databind.JsonNode;

/**
 * The application's database for the inventory-sink tests: an H2 file database ({@code
 * WRITE_DELAY=0}) migrated by Flyway through {@code Store.migrate}, a group with the service user
 * {@value #ACTOR} (role DATA_ENTRY: READ, EDIT_DATA), and enterprises imported from {@code
 * examples/coal-mine.json} (site {@code mine}) with the registry of {@code examples/meters}.
 */
final class InventoryDb {
  static final String ACTOR = "meter-feed";
  private static final Path COAL = Path.of("..", "examples", "coal-mine.json");

  final String url;
  final Store store;
  final App app;

  InventoryDb(String name) {
    Path dir = Path.of("target", "inventory-sink", name + "-" + UUID.randomUUID());
    url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("mc") + ";WRITE_DELAY=0";
    DataSource ds = Databases.of(url, "sa", "");
    Store.migrate(ds);
    store = new Store(ds);
    long group = store.users().createGroup("group-" + name);
    store.users().createUser(ACTOR, "{noop}unused-password", List.of("DATA_ENTRY"), group);
    app =
        new App(
            store,
            new NamedActor(store, ACTOR),
            p -> {
              throw new UnsupportedOperationException("no passwords in this test");
            },
            App.Settings.DEFAULTS);
  }

  /** A new enterprise (the coal-mine example) with the examples' meter registry. */
  long enterprise() throws IOException {
    long id = app.imports().importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    app.meters().putRegistry(id, Golden.registryJson().getBytes(), 0L);
    return id;
  }

  /** The embedded path: both example files posted as CSV (what a logger's HTTP post does). */
  void ingestEmbedded(long enterpriseId) throws IOException {
    for (String f : List.of("readings-counters.csv", "readings-gas.csv")) {
      app.meters()
          .ingest(
              enterpriseId,
              new ByteArrayInputStream(Files.readAllBytes(Golden.DIR.resolve(f))),
              "text/csv");
    }
  }

  /** The job's sink into the enterprise (serializable: a record of strings and a number). */
  StoreSink.Factory sink(long enterpriseId) {
    return new Sink(url, enterpriseId);
  }

  record Sink(String url, long enterpriseId) implements StoreSink.Factory {
    @Override
    public RowSink open() {
      return new InventoryRowSink(url, "sa", "", enterpriseId, ACTOR);
    }

    @Override
    public boolean afterCheckpoint() {
      return true;
    }
  }

  /** The enterprise's {@code meter:} rows of 2024 by row key. */
  Map<String, RowView> meterRows(long enterpriseId) {
    Map<String, RowView> out = new TreeMap<>();
    for (RowView r :
        app.inventories().rows(enterpriseId, new RowFilter(RowKind.ACTIVITY, 2024, null, null))) {
      if (r.key() != null && r.key().startsWith("meter:")) {
        out.put(r.key(), r);
      }
    }
    return out;
  }

  /** Audit entries about the row (create and every update). */
  long audits(long enterpriseId, long rowId) {
    return store.audit().ofEnterprise(enterpriseId, List.of("row")).stream()
        .filter(e -> e.entityId().equals(String.valueOf(rowId)))
        .count();
  }

  /** The same row documents: every text equal, every number within {@link Golden#REL}. */
  static void assertSameDocuments(Map<String, RowView> actual, Map<String, RowView> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((k, e) -> assertSameTree(k, actual.get(k).doc(), e.doc()));
  }

  private static void assertSameTree(String where, JsonNode a, JsonNode e) {
    if (e.isNumber()) {
      assertThat(a.isNumber()).as(where).isTrue();
      double x = e.asDouble();
      assertThat(a.asDouble()).as(where).isCloseTo(x, within(Math.abs(x) * Golden.REL + 1e-12));
    } else if (e.isObject()) {
      assertThat(a.propertyNames())
          .as(where)
          .containsExactlyInAnyOrderElementsOf(e.propertyNames());
      for (String f : e.propertyNames()) {
        assertSameTree(where + "/" + f, a.get(f), e.get(f));
      }
    } else if (e.isArray()) {
      assertThat(a.size()).as(where).isEqualTo(e.size());
      Iterator<JsonNode> ai = a.iterator();
      int i = 0;
      for (JsonNode en : e) {
        assertSameTree(where + "/" + i++, ai.next(), en);
      }
    } else {
      assertThat(a).as(where).isEqualTo(e);
    }
  }
}
