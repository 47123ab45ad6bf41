package org.minecarbon.app.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minecarbon.app.App;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.TestActor;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.store.Store;

/**
 * A process of an uploaded USLCI database: search, result, trace, export, group scope. Oracle: the
 * lca module's {@link LcaEngine} on the zip itself ({@code minecarbon lca impact}), whose inventory
 * the lca-conformance suite checks flow by flow against openLCA 2.4.0 (1e-9), characterised with
 * the same GWP100 table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LcaProcessServiceTest {
  private static final Path USLCI = Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");

  /** The USLCI grid-electricity process FootprintServiceTest links to (a large system). */
  private static final String GRID = "89389d98-1ba6-30c5-9c33-92443694936b";

  private Store store;
  private TestActor actor;
  private App app;
  private LcaEngine oracle;
  private long db;

  @BeforeAll
  void setUp() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lcaproc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    app = new App(store, actor, p -> "{noop}" + p, App.Settings.DEFAULTS);
    signIn("alice", "group-a");
    db = app.lcaDatabases().upload("USLCI 2017", Files.readAllBytes(USLCI)).id();
    oracle = JsonLdReader.read(USLCI).flatMap(LcaEngine::of).orElseThrow();
  }

  @AfterAll
  void tearDown() {
    actor.signOut();
    app.close();
  }

  private double impact(String process, double amount, String method) {
    return oracle
        .impact(process, amount, LinkOptions.defaults(), method)
        .orElseThrow()
        .impacts()
        .stream()
        .mapToDouble(ImpactResult::amount)
        .sum();
  }

  @Test
  void processes_nameContainsCaseInsensitive_pagedAndSortedByName() {
    signIn("alice", "group-a");
    LcaProcessPage all = app.lcaProcesses().processes(db, new ProcessQuery("", "", 0, 25));
    String name = oracle.library().process(GRID).orElseThrow().name();
    LcaProcessPage grid =
        app.lcaProcesses()
            .processes(db, new ProcessQuery(name.toUpperCase(Locale.ROOT), "", 0, 200));

    // USLCI 2017 holds 766 processes (contract footprint-v1 §1); 25 per page → 31 pages
    assertThat(all.total()).isEqualTo(766);
    assertThat(all.processes()).hasSize(25);
    assertThat(all.pages()).isEqualTo(31);
    assertThat(all.processes())
        .extracting(LcaProcessView::name)
        .isSortedAccordingTo(String::compareTo);
    assertThat(grid.processes())
        .allSatisfy(
            p ->
                assertThat(p.name().toLowerCase(Locale.ROOT))
                    .contains(name.toLowerCase(Locale.ROOT)));
    assertThat(grid.processes()).extracting(LcaProcessView::id).contains(GRID);
    assertThat(all.categories()).isNotEmpty();
    String cat = all.categories().get(0);
    assertThat(app.lcaProcesses().processes(db, new ProcessQuery("", cat, 0, 200)).processes())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.category()).startsWith(cat));
  }

  @Test
  void result_gridAr6_totalEqualsEngineImpactAndContributionsAddUp() {
    signIn("alice", "group-a");
    ProcessResultView r =
        app.lcaProcesses().result(db, GRID, ProcessResultOptions.parse("1", null, 5, 3, 0));

    double expected = impact(GRID, 1, "ipcc-ar6-gwp100");
    double tol = 1e-9 * Math.abs(expected);
    assertThat(expected).isPositive();
    assertThat(r.total()).isCloseTo(expected, within(tol));
    assertThat(r.method().unit()).isEqualTo("kg CO2e");
    assertThat(r.byProcess()).hasSize(5);
    // top 5 + rest = every provider's direct part = the total (Σ_j h_j s_j)
    double byProcess =
        r.byProcess().stream().mapToDouble(ProcessContribution::amount).sum()
            + r.processRest().amount();
    assertThat(byProcess).isCloseTo(expected, within(tol));
    double byFlow =
        r.byFlow().stream().mapToDouble(FlowContribution::amount).sum() + r.flowRest().amount();
    assertThat(byFlow).isCloseTo(expected, within(tol));
    // the tree's root is the process itself and carries the whole result
    assertThat(r.tree().processId()).isEqualTo(GRID);
    assertThat(r.tree().total()).isCloseTo(expected, within(tol));
    assertThat(depth(r.tree())).isLessThanOrEqualTo(3);
    assertThat(r.trace().databaseName()).isEqualTo("USLCI 2017");
    assertThat(r.trace().sha256()).hasSize(64);
    assertThat(r.trace().processId()).isEqualTo(GRID);
    assertThat(r.inventory().total()).isGreaterThan(r.inventory().flows().size() - 1);
    assertThat(r.inventory().flows()).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void result_ar5AndTenUnits_equalEngineImpactOfTheSameAmount() {
    signIn("alice", "group-a");
    ProcessResultView r =
        app.lcaProcesses()
            .result(db, GRID, ProcessResultOptions.parse("10", "ipcc-ar5-gwp100", null, null, 1));

    double expected = impact(GRID, 10, "ipcc-ar5-gwp100");
    assertThat(r.total()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    assertThat(r.amount()).isEqualTo(10);
    assertThat(r.inventory().page()).isEqualTo(1);
  }

  @Test
  void result_unknownMethodOrBadAmount_isInvalidInputListingEveryProblem() {
    signIn("alice", "group-a");
    assertThatThrownBy(() -> ProcessResultOptions.parse("zero", null, 0, 99, -1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .containsExactlyInAnyOrder("/amount", "/top", "/depth", "/page"));
    assertThatThrownBy(
            () ->
                app.lcaProcesses()
                    .result(db, GRID, ProcessResultOptions.parse(null, "gwp-9000", null, null, 0)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code)
                    .containsExactly(FootprintCodes.UNKNOWN_METHOD));
    assertThatThrownBy(
            () -> app.lcaProcesses().result(db, "no-such", ProcessResultOptions.defaults()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void export_csv_holdsTheTotalAndEveryInventoryRow() {
    signIn("alice", "group-a");
    ProcessResultView r = app.lcaProcesses().result(db, GRID, ProcessResultOptions.defaults());
    String csv =
        new String(
            app.lcaProcesses().export(db, GRID, ProcessResultOptions.defaults(), "csv"),
            StandardCharsets.UTF_8);
    byte[] xlsx = app.lcaProcesses().export(db, GRID, ProcessResultOptions.defaults(), "xlsx");

    assertThat(csv).contains("total," + r.total());
    // inventory block: its header then one line per flow (every page, not just the first)
    String inventory = csv.substring(csv.indexOf("inventory\r\n"));
    assertThat(inventory.split("\r\n")).hasSize(2 + r.inventory().total());
    assertThat(xlsx[0]).isEqualTo((byte) 'P');
    assertThatThrownBy(
            () -> app.lcaProcesses().export(db, GRID, ProcessResultOptions.defaults(), "pdf"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void otherGroup_databaseProcessesAndResult_areNotFound() {
    signIn("bob", "group-b");
    try {
      assertThatThrownBy(() -> app.lcaProcesses().processes(db, new ProcessQuery("", "", 0, 5)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> app.lcaProcesses().result(db, GRID, ProcessResultOptions.defaults()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> app.lcaProcesses().methods(db))
          .isInstanceOf(NotFoundException.class);
    } finally {
      signIn("alice", "group-a");
    }
  }

  private static int depth(org.minecarbon.lca.contribution.UpstreamNode n) {
    return n.children().stream().mapToInt(c -> 1 + depth(c)).max().orElse(0);
  }

  private void signIn(String user, String group) {
    if (store.users().user(user).isEmpty()) {
      long g = store.users().createGroup(group);
      store.users().createUser(user, "{noop}x", List.of("USER"), g);
    }
    actor.signIn(user);
  }
}
