package org.minecarbon.app.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Row import with merge/replace modes and preview over a real (in-memory H2) store. */
class RowImportTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");

  private Store store;
  private TestActor actor;
  private DocumentImportService imports;
  private StoreInventoryService inventories;
  private long id;

  @BeforeEach
  void setUp() throws IOException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:rowimport-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    long g = store.users().createGroup("group-a");
    store.users().createUser("alice", "{noop}x", List.of("USER"), g);
    actor.signIn("alice");
    Libraries libraries = new Libraries(store, actor);
    Tenancy tenancy = new Tenancy(store, actor);
    PeriodLocks locks = new PeriodLocks(store);
    StoreAuditTrail audit = new StoreAuditTrail(store, actor);
    inventories = new StoreInventoryService(store, tenancy, libraries, locks, audit);
    imports = new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  /** The coal mine document with only the given rows (activities, sinks, production). */
  private static byte[] file(String name, String activities, String sinks, String production)
      throws IOException {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(Files.readString(COAL));
    ((ObjectNode) doc.get("enterprise")).put("name", name);
    doc.set("activities", JsonCodec.mapper().readTree("[" + activities + "]"));
    doc.set("sinks", JsonCodec.mapper().readTree("[" + sinks + "]"));
    doc.set("production", JsonCodec.mapper().readTree("[" + production + "]"));
    return doc.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String JAN_2025 =
      "{\"source\":\"fuel\",\"period\":\"2025-01\",\"fuel\":\"diesel\",\"quantity\":10,\"unit\":\"t\"}";
  private static final String COAL_JAN_2025 =
      "{\"period\":\"2025-01\",\"product\":\"raw-coal\",\"quantity\":1000,\"unit\":\"t\"}";

  @Test
  void preview_mergeOfNewMonths_listsAddedRowsRemovesNothingAndWritesNothing() throws IOException {
    long revision = store.inventories().revision(id);
    List<RowRecord> before = store.rows().list(id, RowQuery.ALL);

    ImportPreview p =
        imports.preview(id, file("x", JAN_2025, "", COAL_JAN_2025), "jan.json", ImportMode.MERGE);

    assertThat(p.added())
        .extracting(ImportPreview.RowChange::kind)
        .containsExactly("activity", "production");
    assertThat(p.changed()).isEmpty();
    assertThat(p.removed()).isEmpty();
    assertThat(p.written()).isFalse();
    assertThat(p.revision()).isEqualTo(revision);
    assertThat(store.rows().list(id, RowQuery.ALL)).isEqualTo(before);
    assertThat(store.inventories().revision(id)).isEqualTo(revision);
  }

  @Test
  void importRows_merge_keepsOtherRowsAndTheirIdsAndNeverRenames() throws IOException {
    List<RowRecord> before = store.rows().list(id, RowQuery.ALL);
    String name = store.inventories().enterprise(id).orElseThrow().name();

    ImportPreview p =
        imports.importRows(
            id, file("renamed", JAN_2025, "", COAL_JAN_2025), "jan.json", ImportMode.MERGE, null);

    assertThat(p.written()).isTrue();
    List<RowRecord> after = store.rows().list(id, RowQuery.ALL);
    assertThat(after).hasSize(before.size() + 2).containsAll(before);
    assertThat(store.inventories().enterprise(id).orElseThrow().name()).isEqualTo(name);
  }

  @Test
  void importRows_mergeSameKey_changesTheRowInPlaceFieldByField() throws IOException {
    // the coal mine's only 2024-01 diesel row: 150 t; the file says 160 t for the same key
    String jan =
        "{\"id\":\"diesel-2024-01\",\"source\":\"fuel\",\"period\":\"2024-01\",\"stage\":\"mining\","
            + "\"fuel\":\"diesel\",\"quantity\":160,\"unit\":\"t\",\"uncertainty\":\"normal:3\"}";
    RowRecord old =
        store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).stream()
            .filter(r -> "diesel-2024-01".equals(r.key()))
            .findFirst()
            .orElseThrow();

    ImportPreview p =
        imports.importRows(id, file("x", jan, "", ""), "f.json", ImportMode.MERGE, null);

    // merge key site|2024-01|fuel: the stored row also has a note the file lacks
    assertThat(p.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rowId()).isEqualTo(old.id());
              assertThat(c.fields())
                  .extracting(f -> f.field() + ":" + f.before() + "→" + f.after())
                  .containsExactlyInAnyOrder(
                      "quantity:150→160",
                      "note:Underground and surface vehicles; fuel-station issue records.→null");
            });
    assertThat(p.added()).isEmpty();
    assertThat(p.removed()).isEmpty();
    assertThat(store.rows().get(id, old.id()).orElseThrow().doc().get("quantity").asInt())
        .isEqualTo(160);
  }

  @Test
  void importRows_auditEntry_addedAndRemovedRowsWholeChangedFieldsAsBeforeAfterPairs()
      throws IOException {
    String jan20 = JAN_2025.replace("\"quantity\":10", "\"quantity\":20");
    imports.importRows(
        id, file("x", JAN_2025 + "," + jan20, "", ""), "a.json", ImportMode.MERGE, null);
    String diesel2024 =
        "{\"id\":\"diesel-2024-01\",\"source\":\"fuel\",\"period\":\"2024-01\",\"stage\":\"mining\","
            + "\"fuel\":\"diesel\",\"quantity\":160,\"unit\":\"t\",\"uncertainty\":\"normal:3\"}";
    long removedId =
        store.rows().list(id, RowQuery.of(RowKind.ACTIVITY)).stream()
            .filter(r -> r.doc().path("quantity").asInt(0) == 20)
            .findFirst()
            .orElseThrow()
            .id();

    // one 2025-01 diesel row kept (equal), the other removed; the 2024-01 diesel row changed; a
    // production row added
    imports.importRows(
        id,
        file("x", JAN_2025 + "," + diesel2024, "", COAL_JAN_2025),
        "b.json",
        ImportMode.MERGE,
        null);

    long group = store.inventories().enterprise(id).orElseThrow().groupId();
    String text =
        store.audit().list(new AuditQuery(group, id, "import", null, 0, 1)).get(0).after();
    // compact text throughout, the lists included (they are written apart from the rest)
    assertThat(text).doesNotContain("\n").doesNotContain(" : ");
    JsonNode entry = JsonCodec.mapper().readTree(text);
    assertThat(entry.path("file").asString()).isEqualTo("b.json");
    JsonNode added = entry.path("added");
    assertThat(added).hasSize(1);
    assertThat(added.get(0).has("rowId")).isFalse();
    assertThat(added.get(0).path("kind").asString()).isEqualTo("production");
    assertThat(added.get(0).path("row").path("quantity").asString()).isEqualTo("1000");
    assertThat(added.get(0).path("row").path("product").asString()).isEqualTo("raw-coal");
    JsonNode changed = entry.path("changed");
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).path("fields").path("quantity").toString())
        .isEqualTo("[\"150\",\"160\"]");
    assertThat(changed.get(0).path("fields").path("note").get(1).isNull()).isTrue();
    JsonNode removed = entry.path("removed");
    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).path("rowId").asLong()).isEqualTo(removedId);
    assertThat(removed.get(0).path("row").path("quantity").asString()).isEqualTo("20");
    assertThat(removed.get(0).path("period").asString()).isEqualTo("2025-01");
    assertThat(entry.path("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void preview_replace_listsTheYearsOtherRowsAsRemoved() throws IOException {
    int rows2024 = store.rows().list(id, new RowQuery(null, 2024, null, null)).size();
    String jan2024 =
        "{\"period\":\"2024-01\",\"product\":\"raw-coal\",\"quantity\":250000,\"unit\":\"t\"}";

    String heat =
        "{\"id\":\"heat-2024\",\"source\":\"heat\",\"period\":\"2024\",\"stage\":\"auxiliary\","
            + "\"quantity\":20000,\"unit\":\"GJ\",\"uncertainty\":\"normal:5\",\"note\":"
            + "\"Purchased steam heat, metered in GJ; default factor 0.11 tCO2/GJ.\"}";

    ImportPreview p =
        imports.preview(id, file("x", heat, "", jan2024), "f.json", ImportMode.REPLACE);

    // the file's two rows equal stored ones (kept); every other 2024 row goes
    assertThat(p.unchanged()).isEqualTo(2);
    assertThat(p.removed()).hasSize(rows2024 - 2);
    assertThat(p.added()).isEmpty();
  }

  @Test
  void preview_addedSink_balanceChangeIsTheSinksValue() throws IOException {
    // vegetation: area × rate = 10 ha × 5 tCO2/ha = 50 tCO2e in the 2025 vegetation column (a
    // year with no row before), net 0 → -50; emissions unchanged (seed 002 eq. 2, contract §2)
    String sink =
        "{\"sink\":\"vegetation\",\"period\":\"2025\",\"area\":10,\"unit\":\"ha\",\"rate\":5}";

    ImportPreview p = imports.preview(id, file("x", "", sink, ""), "s.json", ImportMode.MERGE);

    assertThat(p.balance())
        .singleElement()
        .satisfies(
            y -> {
              assertThat(y.year()).isEqualTo(2025);
              assertThat(y.emissionsAfter()).isCloseTo(y.emissionsBefore(), within(1e-9));
              assertThat(y.netBefore() - y.netAfter()).isCloseTo(50.0, within(1e-6));
              assertThat(y.columns())
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.column()).isEqualTo("vegetation");
                        assertThat(c.after() - c.before()).isCloseTo(50.0, within(1e-6));
                      });
            });
  }

  @Test
  void importRows_staleRevision_409AndNothingWritten() throws IOException {
    long revision = store.inventories().revision(id);
    byte[] f = file("x", JAN_2025, "", "");
    imports.preview(id, f, "f.json", ImportMode.MERGE);
    inventories.deleteRow(id, store.rows().list(id, RowQuery.ALL).getFirst().id());
    List<RowRecord> now = store.rows().list(id, RowQuery.ALL);

    assertThatThrownBy(() -> imports.importRows(id, f, "f.json", ImportMode.MERGE, revision))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.issue().code()).isEqualTo("STALE_VERSION");
            });
    assertThat(store.rows().list(id, RowQuery.ALL)).isEqualTo(now);
  }

  @Test
  void importRows_lockedYear_unchangedAcceptedChangedRefusedListingRows() throws IOException {
    store.periods().transition(id, 2024, "draft", "submitted", 1);
    String same =
        "{\"period\":\"2024-01\",\"product\":\"raw-coal\",\"quantity\":250000,\"unit\":\"t\"}";
    String changed =
        "{\"period\":\"2024-01\",\"product\":\"raw-coal\",\"quantity\":1,\"unit\":\"t\"}";
    long revision = store.inventories().revision(id);

    ImportPreview ok =
        imports.importRows(id, file("x", "", "", same), "f.json", ImportMode.MERGE, null);

    assertThat(ok.empty()).isTrue();
    assertThat(ok.written()).isFalse();
    assertThat(store.inventories().revision(id)).isEqualTo(revision);
    assertThatThrownBy(
            () ->
                imports.importRows(
                    id, file("x", "", "", changed), "f.json", ImportMode.MERGE, null))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.issue().code()).isEqualTo("PERIOD_LOCKED");
              assertThat(e.issue().message()).contains("change production", "2024-01 raw-coal");
            });
    assertThat(store.inventories().revision(id)).isEqualTo(revision);
  }

  @Test
  void importRows_secondSiteWhileRowsRelyOnTheOnlySite_refusedAndNothingWritten()
      throws IOException {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(file("x", "", "", ""));
    ((ArrayNode) doc.get("sites"))
        .addObject()
        .put("id", "east")
        .put("name", "东井")
        .put("mineType", "underground")
        .put("commodity", "coal");
    doc.set(
        "activities",
        JsonCodec.mapper().readTree("[" + JAN_2025.replace("{", "{\"site\":\"east\",") + "]"));
    long revision = store.inventories().revision(id);
    List<RowRecord> rows = store.rows().list(id, RowQuery.ALL);
    int audits = store.audit().ofEnterprise(id, List.of("import")).size();

    // the stored rows name no site (one site): with a second site they would belong to none
    assertThatThrownBy(
            () ->
                imports.importRows(
                    id,
                    doc.toString().getBytes(StandardCharsets.UTF_8),
                    "f.json",
                    ImportMode.MERGE,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("would leave the inventory with errors");
    // the check of the document the import leaves runs beside the writes: its verdict rolls them
    // back (the new site, the added row, the audit entry)
    assertThat(store.inventories().sites(id)).hasSize(1);
    assertThat(store.inventories().revision(id)).isEqualTo(revision);
    assertThat(store.rows().list(id, RowQuery.ALL)).isEqualTo(rows);
    assertThat(store.audit().ofEnterprise(id, List.of("import"))).hasSize(audits);
  }

  @Test
  void importRows_intoAnEnterpriseWithoutRows_addsEverything() throws IOException {
    long empty =
        store
            .inventories()
            .createEnterprise(
                store.inventories().enterprise(id).orElseThrow().groupId(),
                (ObjectNode) JsonCodec.mapper().readTree("{\"enterprise\":{\"name\":\"新企业\"}}"));

    ImportPreview p =
        imports.importRows(empty, Files.readAllBytes(COAL), "coal.json", ImportMode.MERGE, null);

    // coal-mine.json: 18 activities + 2 sinks + 4 production rows, all new
    assertThat(p.added()).hasSize(24);
    assertThat(p.balance()).extracting(y -> y.year()).containsExactly(2024);
    assertThat(store.inventories().enterprise(empty).orElseThrow().name()).isEqualTo("新企业");
  }
}
