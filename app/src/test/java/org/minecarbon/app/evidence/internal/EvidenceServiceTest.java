package org.minecarbon.app.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.evidence.EvidenceUpload;
import org.minecarbon.app.evidence.EvidenceView;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowQuery;
import tools.jackson.databind.node.ObjectNode;

/** Evidence rules without the web layer: limits, names, audit entries in the same transaction. */
class EvidenceServiceTest {
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final List<String> audited = new ArrayList<>();
  private Store store;
  private TestActor actor;
  private long enterprise;
  private long row;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    long group = store.users().createGroup("g");
    store.users().createUser("alice", "{noop}x", List.of("ADMIN"), group);
    actor = new TestActor(store);
    actor.signIn("alice");
    ObjectNode doc =
        InventoryWriter.write(Documents.read(Path.of("../examples/coal-mine.json")).orElseThrow());
    enterprise = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(enterprise, doc);
    row = store.rows().list(enterprise, RowQuery.ALL).get(0).id();
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  @Test
  void uploadAndDelete_recordedInAuditTrailWithReason() {
    StoreEvidenceService service = service(recording(), 1024);

    EvidenceView v = service.upload(enterprise, row, upload("a.pdf", PDF), "invoice for January");
    service.delete(enterprise, v.id(), "wrong file");

    assertThat(audited)
        .containsExactly(
            "evidence " + v.id() + " create invoice for January " + v.sha256(),
            "evidence " + v.id() + " delete wrong file " + v.sha256());
  }

  @Test
  void upload_auditFails_nothingStored() {
    AuditTrail failing =
        (e, entity, id, action, before, after, reason) -> {
          throw new IllegalStateException("audit down");
        };
    StoreEvidenceService service = service(failing, 1024);

    assertThatThrownBy(() -> service.upload(enterprise, row, upload("a.pdf", PDF), null))
        .hasMessage("audit down");

    assertThat(store.evidence().listByEnterprise(enterprise)).isEmpty();
  }

  @Test
  void upload_declaredSizeSmallButContentLarger_413WithoutReadingItAll() {
    StoreEvidenceService service = service(recording(), 16);
    byte[] big = new byte[17];
    System.arraycopy(PDF, 0, big, 0, 8);
    EvidenceUpload lying =
        new EvidenceUpload("a.pdf", 1, () -> new ByteArrayInputStream(big), null);

    assertThatThrownBy(() -> service.upload(enterprise, row, lying, null))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    assertThat(audited).isEmpty();
  }

  @Test
  void cleanName_pathsControlAndBidiCharactersRemoved() {
    assertThat(EvidenceTypes.cleanName("C:\\Users\\x\\发票.pdf")).isEqualTo("发票.pdf");
    assertThat(EvidenceTypes.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThat(EvidenceTypes.cleanName("a\u202Efdp.exe\u0000\n.txt")).isEqualTo("afdp.exe.txt");
    assertThat(EvidenceTypes.cleanName("..")).isEmpty();
    assertThat(EvidenceTypes.cleanName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
  }

  private StoreEvidenceService service(AuditTrail audit, long maxBytes) {
    return new StoreEvidenceService(
        store, new Tenancy(store, actor), new PeriodLocks(store), audit, maxBytes);
  }

  private AuditTrail recording() {
    return (e, entity, id, action, before, after, reason) ->
        audited.add(
            entity
                + " "
                + id
                + " "
                + action
                + " "
                + reason
                + " "
                + (after != null ? after : before).get("sha256").asString());
  }

  private static EvidenceUpload upload(String name, byte[] content) {
    return new EvidenceUpload(name, content.length, () -> new ByteArrayInputStream(content), null);
  }
}
