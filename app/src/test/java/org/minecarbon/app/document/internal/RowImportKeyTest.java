package org.minecarbon.app.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Row import: the merge key names the fuel (a diesel row and a gasoline row of one month are two
 * rows), and the footprint extensions ({@code price}, {@code materials[]}) are carried by merge.
 */
class RowImportKeyTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path COPPER = Path.of("../examples/footprint-copper-mine.json");

  private Store store;
  private TestActor actor;
  private DocumentImportService imports;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:rowimportkey-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
    StoreInventoryService inventories =
        new StoreInventoryService(store, tenancy, libraries, locks, audit);
    imports = new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  /** The example document with the given arrays replaced (null: left as in the example). */
  private static byte[] file(Path example, String activities, String production, String materials)
      throws IOException {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(Files.readString(example));
    doc.set("activities", JsonCodec.mapper().readTree("[" + activities + "]"));
    doc.set("sinks", JsonCodec.mapper().readTree("[]"));
    doc.set("production", JsonCodec.mapper().readTree("[" + production + "]"));
    if (materials != null) {
      doc.set("materials", JsonCodec.mapper().readTree("[" + materials + "]"));
    } else {
      doc.remove("materials");
    }
    return doc.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String fuel(String fuel, int tonnes) {
    return "{\"source\":\"fuel\",\"period\":\"2024-01\",\"fuel\":\""
        + fuel
        + "\",\"quantity\":"
        + tonnes
        + ",\"unit\":\"t\"}";
  }

  private RowRecord row(long enterprise, String fuel) {
    return store.rows().list(enterprise, RowQuery.of(RowKind.ACTIVITY)).stream()
        .filter(r -> r.doc().path("period").asString("").equals("2024-01"))
        .filter(r -> fuel.equals(r.doc().path("fuel").asString("")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void importRows_gasolineInTheMonthOfAStoredDieselRow_addedBesideItNotReplacingIt()
      throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal.json").enterpriseId();
    RowRecord diesel = row(id, "diesel");

    ImportPreview p =
        imports.importRows(
            id, file(COAL, fuel("gasoline", 5), "", null), "g.json", ImportMode.MERGE, null);

    // key mine|2024-01|fuel|gasoline is new; mine|2024-01|fuel|diesel is not in the file's scope
    assertThat(p.added()).singleElement().satisfies(a -> assertThat(a.what()).isEqualTo("fuel"));
    assertThat(p.changed()).isEmpty();
    assertThat(p.removed()).isEmpty();
    assertThat(row(id, "diesel")).isEqualTo(diesel);
    assertThat(row(id, "gasoline").doc().get("quantity").asInt()).isEqualTo(5);
  }

  @Test
  void importRows_dieselAndGasolineInOneFile_eachChangesOnlyItsOwnRow() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal.json").enterpriseId();
    imports.importRows(
        id, file(COAL, fuel("gasoline", 5), "", null), "g.json", ImportMode.MERGE, null);
    RowRecord gasoline = row(id, "gasoline");
    long dieselId = row(id, "diesel").id();

    ImportPreview p =
        imports.importRows(
            id,
            file(COAL, fuel("diesel", 160) + "," + fuel("gasoline", 5), "", null),
            "both.json",
            ImportMode.MERGE,
            null);

    // diesel 150 → 160 in place (its note is not in the file), gasoline equal: unchanged
    assertThat(p.changed())
        .singleElement()
        .satisfies(c -> assertThat(c.rowId()).isEqualTo(dieselId));
    assertThat(p.unchanged()).isEqualTo(1);
    assertThat(p.added()).isEmpty();
    assertThat(p.removed()).isEmpty();
    assertThat(row(id, "gasoline")).isEqualTo(gasoline);
    assertThat(row(id, "diesel").doc().get("quantity").asInt()).isEqualTo(160);
  }

  private static final String COPPER_2024 =
      "{\"period\":\"2024\",\"product\":\"copper-concentrate\",\"quantity\":93000,\"unit\":\"t\","
          + "\"price\":%d}";
  private static final String EXPLOSIVES_2024 =
      "{\"id\":\"explosives-2024\",\"period\":\"2024\",\"stage\":\"mining\","
          + "\"material\":\"explosives\",\"quantity\":%d,\"unit\":\"t\",\"note\":\"ANFO and"
          + " emulsion.\"}";

  private JsonNode production(long id, String product, String period) {
    return store.rows().list(id, RowQuery.of(RowKind.PRODUCTION)).stream()
        .map(RowRecord::doc)
        .filter(d -> d.path("product").asString("").equals(product))
        .filter(d -> d.path("period").asString("").equals(period))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void importRows_mergeWithANewPrice_changesThePriceAndKeepsTheOtherPrices() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COPPER), "copper.json").enterpriseId();

    ImportPreview p =
        imports.importRows(
            id,
            file(COPPER, "", COPPER_2024.formatted(21000), null),
            "price.json",
            ImportMode.MERGE,
            null);

    // the example's 2024 copper concentrate: price 20000; the file says 21000
    assertThat(p.changed())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .extracting(f -> f.field() + ":" + f.before() + "→" + f.after())
                    .containsExactly("price:20000→21000"));
    assertThat(production(id, "copper-concentrate", "2024").get("price").asInt()).isEqualTo(21000);
    assertThat(production(id, "molybdenum-concentrate", "2024").get("price").asInt())
        .isEqualTo(100000);
  }

  @Test
  void importRows_samePriceAndMaterials_nothingWritten() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COPPER), "copper.json").enterpriseId();
    long revision = store.inventories().revision(id);

    ImportPreview p =
        imports.importRows(
            id,
            file(COPPER, "", COPPER_2024.formatted(20000), EXPLOSIVES_2024.formatted(300)),
            "same.json",
            ImportMode.MERGE,
            null);

    assertThat(p.empty()).isTrue();
    assertThat(p.written()).isFalse();
    assertThat(p.unchanged()).isEqualTo(2);
    assertThat(store.inventories().revision(id)).isEqualTo(revision);
  }

  @Test
  void importRows_mergeOfMaterials_updatesTheKeyAndAddsTheNewOne() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COPPER), "copper.json").enterpriseId();
    String cement = "{\"period\":\"2024\",\"material\":\"cement\",\"quantity\":40,\"unit\":\"t\"}";

    ImportPreview p =
        imports.importRows(
            id,
            file(COPPER, "", "", EXPLOSIVES_2024.formatted(320) + "," + cement),
            "materials.json",
            ImportMode.MERGE,
            null);

    assertThat(p.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo("material");
              assertThat(c.fields())
                  .extracting(f -> f.field() + ":" + f.before() + "→" + f.after())
                  .containsExactly("quantity:300→320");
            });
    assertThat(p.added()).extracting(ImportPreview.RowChange::what).containsExactly("cement");
    JsonNode materials = store.inventories().document(id).orElseThrow().get("materials");
    assertThat(materials).hasSize(2);
    assertThat(materials.get(0).get("quantity").asInt()).isEqualTo(320);
    assertThat(materials.get(1).get("material").asString()).isEqualTo("cement");
  }

  @Test
  void importRows_workbookExportReimported_keepsPricesAndEveryRowItsKey() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COPPER), "copper.json").enterpriseId();
    byte[] xlsx = imports.export(id, ExportFormat.XLSX);

    ImportPreview p = imports.importRows(id, xlsx, "export.xlsx", ImportMode.MERGE, null);

    // a workbook has no price column: the stored prices stay and no production row changes. The
    // stored road diesel row says 柴油, the workbook writes the code diesel: one fuel, so one key,
    // and the row changes in place (same id) by its spelling only, nothing added or removed
    assertThat(p.changed())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .extracting(f -> f.field() + ":" + f.before() + "→" + f.after())
                    .containsExactly("fuel:柴油→diesel"));
    assertThat(p.added()).isEmpty();
    assertThat(p.removed()).isEmpty();
    assertThat(production(id, "copper-concentrate", "2024").get("price").asInt()).isEqualTo(20000);
    assertThat(production(id, "molybdenum-concentrate", "2024").get("price").asInt())
        .isEqualTo(100000);
  }
}
