package org.minecarbon.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.node.ObjectNode;

/** Evidence files on H2 and (when configured) PostgreSQL: BYTEA content round-trips exactly. */
class EvidenceRepositoryIT {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  // every byte value once, so a text or charset conversion anywhere would show
  private static final byte[] CONTENT = allBytes();

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void add_binaryContent_readsBackExactlyWithMetadata(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    RowRecord row = firstRow(store, id);

    long ev = store.evidence().add(evidence(id, row.id(), "note 1"));

    EvidenceRecord meta = store.evidence().get(id, ev).orElseThrow();
    assertThat(meta.fileName()).isEqualTo("发票 invoice.pdf");
    assertThat(meta.sizeBytes()).isEqualTo(256);
    assertThat(meta.sha256()).isEqualTo("f".repeat(64));
    assertThat(meta.rowId()).isEqualTo(row.id());
    assertThat(meta.rowKey()).isEqualTo("diesel-2024-01");
    assertThat(meta.uploadedBy()).isEqualTo("alice");
    assertThat(meta.uploadedAt()).isNotNull();
    assertThat(meta.note()).isEqualTo("note 1");
    assertThat(store.evidence().content(id, ev)).get().isEqualTo(CONTENT);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void listAndGet_otherEnterprise_seeNothing(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    long other = enterprise(store);
    RowRecord row = firstRow(store, id);
    long ev = store.evidence().add(evidence(id, row.id(), null));

    assertThat(store.evidence().listByRow(id, row.id()))
        .extracting(EvidenceRecord::id)
        .containsExactly(ev);
    assertThat(store.evidence().listByRow(other, row.id())).isEmpty();
    assertThat(store.evidence().get(other, ev)).isEmpty();
    assertThat(store.evidence().content(other, ev)).isEmpty();
    assertThat(store.evidence().delete(other, ev)).isFalse();
    assertThat(store.evidence().get(id, ev)).isPresent();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void delete_removesFileOnly(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    RowRecord row = firstRow(store, id);
    long ev = store.evidence().add(evidence(id, row.id(), null));

    assertThat(store.evidence().delete(id, ev)).isTrue();

    assertThat(store.evidence().get(id, ev)).isEmpty();
    assertThat(store.evidence().listByEnterprise(id)).isEmpty();
    assertThat(store.rows().get(id, row.id())).isPresent();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rowDeleted_evidenceStaysWithEnterpriseDetached(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    RowRecord row = firstRow(store, id);
    long ev = store.evidence().add(evidence(id, row.id(), null));

    store.rows().delete(id, row.id());

    assertThat(store.evidence().listByRow(id, row.id())).isEmpty();
    EvidenceRecord kept = store.evidence().get(id, ev).orElseThrow();
    assertThat(kept.rowId()).isNull();
    assertThat(kept.rowKey()).isEqualTo("diesel-2024-01");
    assertThat(store.evidence().listByEnterprise(id))
        .extracting(EvidenceRecord::id)
        .containsExactly(ev);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void enterpriseDeleted_evidenceGoesWithIt(DataSource ds) {
    Store store = new Store(ds);
    long id = enterprise(store);
    long ev = store.evidence().add(evidence(id, firstRow(store, id).id(), null));

    assertThat(store.inventories().deleteEnterprise(id)).isTrue();

    assertThat(store.evidence().get(id, ev)).isEmpty();
  }

  static NewEvidence evidence(long enterpriseId, long rowId, @Nullable String note) {
    return new NewEvidence(
        enterpriseId,
        rowId,
        "diesel-2024-01",
        "发票 invoice.pdf",
        "application/pdf",
        "f".repeat(64),
        CONTENT,
        "alice",
        note);
  }

  private static RowRecord firstRow(Store store, long id) {
    return store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).get(0);
  }

  private static long enterprise(Store store) {
    ObjectNode document = InventoryWriter.write(Documents.read(COAL).orElseThrow());
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(document));
    store.inventories().replaceDocument(id, document);
    return id;
  }

  private static byte[] allBytes() {
    byte[] b = new byte[256];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }
}
