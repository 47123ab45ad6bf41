package org.minecarbon.store.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.inventory.InventoryRepository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which PostgreSQL path a batch takes (runs only when MINECARBON_TEST_PG_URL is set): the direct
 * {@code COPY} only when the batch can hold nothing but new keys; the counts of both paths are
 * checked on H2 and PostgreSQL by {@code MeterRepositoryIT}.
 */
class PgReadingCopyIT {
  private DataSource pg;
  private Store store;
  private long id;

  @BeforeEach
  void setUp() {
    var named =
        TestDatabases.all().stream().filter(n -> n.getName().equals("PostgreSQL")).findFirst();
    assumeTrue(named.isPresent(), "MINECARBON_TEST_PG_URL not set");
    pg = named.get().getPayload();
    store = new Store(pg);
    ObjectNode document =
        InventoryWriter.write(Documents.read(Path.of("../examples/coal-mine.json")).orElseThrow());
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    id = store.inventories().createEnterprise(group, InventoryRepository.header(document));
  }

  @Test
  void write_laterThanStored_directCopyAllNew() throws SQLException {
    write(List.of(r("A", 1_000, 1), r("B", 1_000, 1)));

    PgReadingCopy.Written w = write(List.of(r("A", 2_000, 2), r("B", 1_500, 2), r("A", 3_000, 3)));

    assertThat(w.direct()).isTrue();
    assertThat(w.outcome()).isEqualTo(new BatchOutcome(3, 0, List.of()));
    assertThat(store.meters().count(id)).isEqualTo(5);
  }

  @Test
  void write_storedKeyInsideSpan_stagedAndClassified() throws SQLException {
    write(List.of(r("A", 2_000, 2)));

    // A spans 1000..3000 and 2000 is stored with the same value: a duplicate, via staging
    PgReadingCopy.Written w = write(List.of(r("A", 1_000, 1), r("A", 2_000, 2), r("A", 3_000, 3)));

    assertThat(w.direct()).isFalse();
    assertThat(w.outcome()).isEqualTo(new BatchOutcome(2, 1, List.of()));
  }

  @Test
  void write_storedReadingOnlyInsideSpan_stagedAllNew() throws SQLException {
    write(List.of(r("A", 2_000, 2)));

    // no stored key repeats, but a stored reading lies within A's span: the safe path
    PgReadingCopy.Written w = write(List.of(r("A", 1_000, 1), r("A", 3_000, 3)));

    assertThat(w.direct()).isFalse();
    assertThat(w.outcome()).isEqualTo(new BatchOutcome(2, 0, List.of()));
  }

  @Test
  void write_batchRepeatsKey_staged() throws SQLException {
    List<StoredReading> batch = List.of(r("A", 1_000, 1), r("A", 1_000, 5));

    PgReadingCopy.Written w = write(batch);

    assertThat(w.direct()).isFalse();
    assertThat(w.outcome()).isEqualTo(new BatchOutcome(1, 0, List.of(batch.get(1))));
  }

  @Test
  void write_directCopy_extremeDoublesAndNullsStoredBitExact() throws SQLException {
    List<StoredReading> batch =
        List.of(
            new StoredReading("A", 1, 0.1 + 0.2, Double.NaN, Double.NaN, "ok", 20.5, 101.325),
            new StoredReading("A", 2, Double.NaN, 1e-300, Double.MAX_VALUE, "fault", -0.0, 1),
            new StoredReading("长-1", 3, -123456789.123456789, Double.NaN, Double.NaN, "ok", 1, 2));

    assertThat(write(batch).direct()).isTrue();

    List<StoredReading> back = store.meters().existing(id, "A", 0, 10);
    assertThat(back).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(back.get(i)).isEqualTo(batch.get(i)); // record equality: the same bits
    }
    assertThat(store.meters().existing(id, "长-1", 0, 10)).containsExactly(batch.get(2));
  }

  private PgReadingCopy.Written write(List<StoredReading> batch) throws SQLException {
    try (Connection c = pg.getConnection()) {
      c.setAutoCommit(false);
      PgReadingCopy.Written w = PgReadingCopy.writeTraced(c, id, batch);
      c.commit();
      return w;
    }
  }

  private static StoredReading r(String meter, long at, double value) {
    return new StoredReading(
        meter, at, value, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN);
  }
}
