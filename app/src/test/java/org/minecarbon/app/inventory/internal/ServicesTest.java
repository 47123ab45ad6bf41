package org.minecarbon.app.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.balance.internal.EngineBalanceService;
import org.minecarbon.app.benchmark.BenchmarkInput;
import org.minecarbon.app.benchmark.internal.CatalogBenchmarkService;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.internal.DocumentImportService;
import org.minecarbon.app.enterprise.EnterpriseInput;
import org.minecarbon.app.enterprise.SiteInput;
import org.minecarbon.app.enterprise.internal.StoreEnterpriseService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/** The use cases over a real store (in-memory H2), without Spring. */
class ServicesTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path METAL = Path.of("../examples/metal-mine.json");

  private Store store;
  private TestActor actor;
  private StoreInventoryService inventories;
  private StoreEnterpriseService enterprises;
  private DocumentImportService imports;
  private EngineBalanceService balances;
  private CatalogBenchmarkService benchmarks;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:services-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    signIn("alice", "group-a");
    Libraries libraries = new Libraries(store, actor);
    Tenancy tenancy = new Tenancy(store, actor);
    PeriodLocks locks = new PeriodLocks(store);
    StoreAuditTrail audit = new StoreAuditTrail(store, actor);
    inventories = new StoreInventoryService(store, tenancy, libraries, locks, audit);
    enterprises = new StoreEnterpriseService(store, tenancy, libraries, locks, audit);
    imports = new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    balances = new EngineBalanceService(inventories, libraries, store, tenancy);
    benchmarks = new CatalogBenchmarkService(store, tenancy, audit);
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  @Test
  void importNew_coalMine_balanceEqualsEngineOnTheFile() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();

    FactorLibrary library = FactorLibrary.builtIn();
    Balance expected =
        new BalanceCalculator(library)
            .calculate(Documents.load(COAL, library).orElseThrow())
            .orElseThrow();
    assertThat(balances.balance(id)).isEqualTo(expected);
  }

  @Test
  void balance_cachedUntilARowChanges() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    Balance first = balances.balance(id);

    assertThat(balances.balance(id)).isSameAs(first);
    long rowId = inventories.rows(id, RowFilter.ALL).get(0).id();
    inventories.deleteRow(id, rowId);

    assertThat(balances.balance(id)).isNotSameAs(first).isNotEqualTo(first);
  }

  @Test
  void importInto_withErrors_throwsWithAllIssuesAndKeepsOldData() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    Inventory before = inventories.inventory(id);
    String broken =
        Files.readString(COAL)
            .replace("\"fuel\": \"diesel\"", "\"fuel\": \"dilithium\"")
            .replace("\"period\": \"2024-02\"", "\"period\": \"2024-13\"");

    assertThatThrownBy(
            () ->
                imports.importRows(
                    id, broken.getBytes(StandardCharsets.UTF_8), "x.json", ImportMode.MERGE, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code)
                    .contains("UNKNOWN_FUEL", "INVALID_PERIOD"));
    assertThat(inventories.inventory(id)).isEqualTo(before);
  }

  @Test
  void addRow_invalid_issuesPointIntoTheRow() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    ObjectNode row =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(
                    "{\"source\":\"heat\",\"period\":\"2024\",\"quantity\":5,\"unit\":\"t\"}");

    assertThatThrownBy(() -> inventories.addRow(id, RowKind.ACTIVITY, row))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.issues()).extracting(Issue::pointer).containsExactly("/unit"));
    assertThat(inventories.rows(id, new RowFilter(RowKind.ACTIVITY, null, null, null))).hasSize(18);
  }

  @Test
  void applyAll_oneInvalidChange_everyIssueWithItsIndexAndNothingWritten() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    RowFilter all = new RowFilter(RowKind.ACTIVITY, null, null, null);
    RowView first = inventories.rows(id, all).getFirst();
    ObjectNode good =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(
                    "{\"source\":\"fuel\",\"period\":\"2024-05\",\"fuel\":\"diesel\","
                        + "\"quantity\":5,\"unit\":\"t\"}");
    ObjectNode bad = good.deepCopy().put("quantity", -5).put("unit", "kWh");
    List<RowChange> changes =
        List.of(
            new RowChange.Add(RowKind.ACTIVITY, good),
            new RowChange.Delete(first.id()),
            new RowChange.Add(RowKind.ACTIVITY, bad));

    assertThatThrownBy(() -> inventories.applyAll(id, changes))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .isNotEmpty()
                    .allMatch(p -> p.startsWith("/changes/2/")));
    assertThat(inventories.rows(id, all)).hasSize(18); // neither the add nor the delete

    inventories.applyAll(id, changes.subList(0, 2));
    assertThat(inventories.rows(id, all))
        .hasSize(18) // one added, one deleted, in one transaction
        .noneMatch(r -> r.id() == first.id());
  }

  @Test
  void enterprise_ofAnotherGroup_isNotFound() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();

    signIn("bob", "group-b");

    assertThatThrownBy(() -> balances.balance(id)).isInstanceOf(NotFoundException.class);
    assertThat(enterprises.list()).isEmpty();
  }

  @Test
  void createEnterprise_unknownCodes_listsEveryProblem() {
    EnterpriseInput input = new EnterpriseInput(" ", null, "gold-rush", null, "AR9", "NO-SET");

    assertThatThrownBy(() -> enterprises.create(input))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .contains("/enterprise/name", "/enterprise/industry", "/settings/gwp"));
  }

  @Test
  void renameUsedSite_refusedWithSiteInUse() throws IOException {
    long id = imports.importNew(Files.readAllBytes(METAL), "metal-mine.json").enterpriseId();
    long site = enterprises.sites(id).get(0).id();

    assertThatThrownBy(
            () ->
                enterprises.updateSite(
                    id, site, new SiteInput("renamed", null, "surface", "copper", null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.issues().get(0).code()).isEqualTo("SITE_IN_USE"));
  }

  @Test
  void deleteOnlySite_rowsWithoutSiteStillUseIt_refused() throws IOException {
    long id = imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
    long site = enterprises.sites(id).get(0).id();

    assertThatThrownBy(() -> enterprises.deleteSite(id, site))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.issues().get(0).code()).isEqualTo("SITE_IN_USE"));
  }

  @Test
  void benchmark_negativeIntensity_rejected() {
    assertThatThrownBy(() -> benchmarks.create(new BenchmarkInput("raw-coal", -0.1, 2024, "x")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code)
                    .containsExactly("NEGATIVE_QUANTITY"));
    assertThat(benchmarks.create(new BenchmarkInput("raw-coal", 0.2, 2024, null)).sourceNote())
        .isEmpty();
  }

  /** Issue 11 (low): a source note over 2,000 characters ended in SQL error 22001 (HTTP 500). */
  @Test
  void benchmark_noteOrProductTooLong_rejectedWithBothNamed() {
    BenchmarkInput tooLong = new BenchmarkInput("p".repeat(101), 0.2, 2024, "n".repeat(2001));

    assertThatThrownBy(() -> benchmarks.create(tooLong))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .containsExactly("/product", "/sourceNote"));
    assertThat(benchmarks.list()).noneMatch(b -> b.product().startsWith("ppp"));
  }

  private void signIn(String user, String group) {
    if (store.users().user(user).isEmpty()) {
      long g = store.users().createGroup(group);
      store.users().createUser(user, "{noop}x", List.of("USER"), g);
    }
    actor.signIn(user);
  }
}
