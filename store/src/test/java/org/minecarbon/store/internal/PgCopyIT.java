package org.minecarbon.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk inserts of more rows than {@link PgCopy#PIPELINED}: on PostgreSQL the CSV is encoded beside
 * the sending thread (the row values made only when the encoder reads them), on H2 the rows go
 * through multi-row INSERTs. Both must store every row in order, and a row that cannot be made must
 * fail the transaction without storing any row and without leaving the sender waiting.
 */
class PgCopyIT {
  private static final String INTO =
      "inventory_row (enterprise_id, kind, position, period_year, period_month, site, row_key,"
          + " doc)";

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void insertRows_overThePipelineThreshold_storesEveryRowInOrder(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    int n = PgCopy.PIPELINED + 2_345; // more than one 1 MiB chunk, and a partial last chunk
    Jdbc jdbc = new Jdbc(ds);

    jdbc.inTransaction(() -> jdbc.insertRows(INTO, rows(id, n, -1)));

    List<RowRecord> stored = store.rows().list(id, RowQuery.of(RowKind.ACTIVITY));
    assertThat(stored).hasSize(n);
    for (int i : new int[] {0, 1, n / 2, n - 1}) {
      RowRecord r = stored.get(i);
      assertThat(r.position()).isEqualTo(i);
      assertThat(r.key()).isEqualTo("r" + i);
      assertThat(r.doc()).isEqualTo(doc(i));
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void insertRows_aRowThatCannotBeMade_failsTheTransactionAndStoresNothing(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    Jdbc jdbc = new Jdbc(ds);
    int n = PgCopy.PIPELINED * 3;

    // the failing row lies after several chunks were sent: the sender must see the encoder's
    // failure (not wait for more chunks) and the transaction must roll back what was sent
    assertThatThrownBy(
            () ->
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> jdbc.inTransaction(() -> jdbc.insertRows(INTO, rows(id, n, n - 7)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row " + (n - 7) + " cannot be made");

    assertThat(store.rows().count(id)).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deleteByIds_moreThanOneStatementsWorth_deletesExactlyThoseOfTheEnterprise(DataSource ds) {
    Store store = new Store(ds);
    long a = enterprise(store);
    long b = enterprise(store);
    Jdbc jdbc = new Jdbc(ds);
    jdbc.inTransaction(() -> jdbc.insertRows(INTO, rows(a, 12_000, -1)));
    jdbc.inTransaction(() -> jdbc.insertRows(INTO, rows(b, 3, -1)));
    List<RowRecord> ofA = store.rows().list(a, RowQuery.ALL);
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 10_500; i++) {
      ids.add(ofA.get(i).id());
    }
    long foreign = store.rows().list(b, RowQuery.ALL).get(0).id();
    ids.add(foreign); // another enterprise's row: never deleted through this one

    int deleted = jdbc.inTransaction(() -> jdbc.deleteByIds("inventory_row", a, ids));

    assertThat(deleted).isEqualTo(10_500);
    assertThat(store.rows().list(a, RowQuery.ALL))
        .extracting(RowRecord::id)
        .containsExactlyElementsOf(
            ofA.subList(10_500, 12_000).stream().map(RowRecord::id).toList());
    assertThat(store.rows().count(b)).isEqualTo(3);
  }

  /** Rows made when read; the row at {@code failAt} throws (none when negative). */
  private static List<Object[]> rows(long enterpriseId, int n, int failAt) {
    return new AbstractList<>() {
      @Override
      public Object[] get(int i) {
        if (i == failAt) {
          throw new IllegalStateException("row " + i + " cannot be made");
        }
        return new Object[] {
          enterpriseId,
          RowKind.ACTIVITY.code(),
          i,
          2024,
          1 + i % 12,
          "主井 \"north\", 1",
          "r" + i,
          doc(i).toString()
        };
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  private static ObjectNode doc(int i) {
    return JsonCodec.mapper()
        .createObjectNode()
        .put("id", "r" + i)
        .put("period", "2024-" + String.format("%02d", 1 + i % 12))
        .put("site", "主井 \"north\", 1")
        .put("source", "electricity")
        .put("quantity", i * 1.5)
        .put("unit", "kWh")
        .put("note", "line one\nline two, with \\ and \"quotes\"");
  }

  private static long enterprise(Store store) {
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    // the example's header only: the enterprise has no rows
    ObjectNode document =
        InventoryWriter.write(Documents.read(Path.of("../examples/coal-mine.json")).orElseThrow());
    return store.inventories().createEnterprise(group, InventoryRepository.header(document));
  }
}
