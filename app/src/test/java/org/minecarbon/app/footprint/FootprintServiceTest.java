package org.minecarbon.app.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.App;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.TestActor;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.Documents;
import org.minecarbon.io.footprint.FootprintInputs;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCalculator;
import org.minecarbon.lca.footprint.FootprintRequest;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.uncertainty.MonteCarlo;
import org.minecarbon.store.Store;
import tools.jackson.databind.JsonNode;

/** Footprints over a real store (in-memory H2): same result as the CLI, stored, tenant-scoped. */
class FootprintServiceTest {
  private static final Path COPPER = Path.of("../examples/footprint-copper-mine.json");
  private static final Path USLCI = Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");
  private static final String GRID = "89389d98-1ba6-30c5-9c33-92443694936b";

  private Store store;
  private TestActor actor;
  private App app;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:footprint-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    app = new App(store, actor, p -> "{noop}" + p, App.Settings.DEFAULTS);
    signIn("alice", "group-a");
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
    app.close();
  }

  @Test
  void compute_copperMine_equalsTheCliPathOnTheFileAndIsStored() throws IOException {
    long id = importCopper();

    FootprintComputation c = app.footprints().compute(id, options(AllocationMethod.MASS));

    // oracle: what `minecarbon footprint FILE --year 2024 --product copper-concentrate` computes
    // (io's document reader, core's Calculator, io's extensions, lca's FootprintCalculator)
    Footprint expected = cli(AllocationMethod.MASS);
    assertThat(c).isInstanceOf(FootprintComputation.Done.class);
    FootprintRunView run = ((FootprintComputation.Done) c).run();
    assertThat(run.total()).isCloseTo(expected.total(), within(1e-9));
    JsonNode result = run.result();
    assertThat(result).isNotNull();
    assertThat(result.get("format").asString()).isEqualTo("minecarbon/footprint@1");
    assertThat(result.get("total").asDouble()).isCloseTo(expected.total(), within(1e-9));
    // mass shares by hand: 93,000 t copper ÷ (93,000 + 7,000 t molybdenum) = 0.93
    assertThat(result.at("/allocation/shares/copper-concentrate").asDouble())
        .isCloseTo(0.93, within(1e-12));
    assertThat(app.footprints().runs(id))
        .extracting(FootprintRunView::id)
        .containsExactly(run.id());
    assertThat(run.inputsHash()).hasSize(64);
    assertThat(run.author()).isEqualTo("alice");
  }

  @Test
  void compute_economicAllocation_usesThePricesOfTheProductionRows() throws IOException {
    long id = importCopper();

    FootprintRunView run =
        ((FootprintComputation.Done)
                app.footprints().compute(id, options(AllocationMethod.ECONOMIC)))
            .run();

    // economic shares by hand: 93,000 t × 20,000 = 1.86e9; 7,000 t × 100,000 = 0.70e9;
    // copper 1.86 ÷ 2.56 = 0.7265625
    assertThat(run.result().at("/allocation/shares/copper-concentrate").asDouble())
        .isCloseTo(0.7265625, within(1e-12));
    assertThat(run.total()).isCloseTo(cli(AllocationMethod.ECONOMIC).total(), within(1e-9));
  }

  @Test
  void compute_sameInputsTwice_sameHashAndTotal() throws IOException {
    long id = importCopper();
    FootprintRunView a = done(app.footprints().compute(id, options(AllocationMethod.MASS)));
    FootprintRunView b = done(app.footprints().compute(id, options(AllocationMethod.MASS)));
    FootprintRunView e = done(app.footprints().compute(id, options(AllocationMethod.ECONOMIC)));

    assertThat(b.inputsHash()).isEqualTo(a.inputsHash());
    assertThat(b.total()).isEqualTo(a.total());
    assertThat(e.inputsHash()).isNotEqualTo(a.inputsHash());
  }

  @Test
  void parse_everyBadOption_listsEveryIssue() {
    var r = FootprintOptions.parse("20x4", " ", "volume", "gwp-9000");

    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "/year"),
            org.assertj.core.groups.Tuple.tuple(FootprintCodes.PRODUCT_REQUIRED, "/product"),
            org.assertj.core.groups.Tuple.tuple(FootprintCodes.UNKNOWN_ALLOCATION, "/allocation"),
            org.assertj.core.groups.Tuple.tuple(FootprintCodes.UNKNOWN_METHOD, "/method"));
  }

  @Test
  void compute_unknownProduct_throwsInvalidInput() throws IOException {
    long id = importCopper();

    assertThatThrownBy(
            () ->
                app.footprints()
                    .compute(
                        id,
                        new FootprintOptions(
                            2024, "gold-dore", AllocationMethod.MASS, "ipcc-ar6-gwp100")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(app.footprints().runs(id)).isEmpty();
  }

  @Test
  void saveLinks_badDocument_listsEveryIssueWithPointers() throws IOException {
    long id = importCopper();
    JsonNode bad =
        JsonCodec.mapper()
            .readTree(
                "{\"format\":\"minecarbon/links@1\",\"links\":[{\"input\":\"steam\",\"code\":\"x\","
                    + "\"process\":\"p\",\"unit\":\"kg\",\"per\":\"t\",\"amount\":1},"
                    + "{\"input\":\"fuel\",\"code\":\"diesel\",\"unit\":\"kg\",\"per\":\"t\","
                    + "\"amount\":1}]}");

    assertThatThrownBy(() -> app.footprints().saveLinks(id, 999L, bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .contains("/links/0/input", "/links/1/process", "/databaseId"));
  }

  @Test
  void otherGroup_runsDatabasesAndLinks_areNotFound() throws IOException {
    long id = importCopper();
    long runId = done(app.footprints().compute(id, options(AllocationMethod.MASS))).id();

    signIn("bob", "group-b");

    assertThatThrownBy(() -> app.footprints().run(id, runId)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.footprints().runs(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.footprints().links(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.footprints().compute(id, options(AllocationMethod.MASS)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void uslciBackground_gridLinked_jobAddsTheProcessImpactPerKwh() throws Exception {
    long id = importCopper();
    LcaDatabaseView db = app.lcaDatabases().upload("USLCI 2017", Files.readAllBytes(USLCI));
    // USLCI: 766 processes, olca-schema v1 (the contract's description of the reference data)
    assertThat(db.processCount()).isEqualTo(766);
    assertThat(db.schemaVersion()).isEqualTo("1");
    app.footprints()
        .saveLinks(
            id,
            db.id(),
            JsonCodec.mapper()
                .readTree(
                    "{\"format\":\"minecarbon/links@1\",\"links\":[{\"input\":\"electricity\","
                        + "\"code\":\"mine\",\"process\":\""
                        + GRID
                        + "\",\"unit\":\"kWh\",\"per\":\"MWh\",\"amount\":1000}]}"));

    FootprintComputation c = app.footprints().compute(id, options(AllocationMethod.MASS));

    assertThat(c).isInstanceOf(FootprintComputation.Queued.class);
    FootprintJob job = await(id, ((FootprintComputation.Queued) c).job().id());
    assertThat(job.state()).as("%s", job.issues()).isEqualTo("done");
    FootprintRunView run = app.footprints().run(id, job.runId());
    // oracle: the engine on the zip itself (`lca impact`), per MJ; the link is per kWh = 3.6 MJ.
    // upstream = 50,000 MWh × 1,000 kWh/MWh × X × share 0.93 ÷ 93,000 t = 500 X kg CO2e/t
    LcaEngine engine = JsonLdReader.read(USLCI).flatMap(LcaEngine::of).orElseThrow();
    double perMj =
        engine
            .impact(GRID, 1.0, LinkOptions.defaults(), "ipcc-ar6-gwp100")
            .orElseThrow()
            .impacts()
            .stream()
            .mapToDouble(ImpactResult::amount)
            .sum();
    double x = 3.6 * perMj;
    assertThat(run.result().at("/byOrigin/upstream").asDouble()).isCloseTo(500 * x, within(1e-9));
    assertThat(run.total()).isCloseTo(cli(AllocationMethod.MASS).total() + 500 * x, within(1e-9));
    assertThat(run.options().get("database").asString()).isEqualTo("USLCI 2017");
    // the upstream breakdown: the grid row's tree root is the grid process, its total the row's
    // upstream part (500 X); the top background processes sum (all of them) to that part too, and
    // the top one equals the engine's own largest direct contribution × k (k = 500 X ÷ X per MJ)
    JsonNode up = run.result().path("upstreamContributions");
    assertThat(up.path("trees").get(0).path("process").asString()).isEqualTo(GRID);
    assertThat(up.path("trees").get(0).path("tree").path("total").asDouble())
        .isCloseTo(500 * x, within(1e-9 * 500 * x));
    assertThat(up.path("trees").get(0).path("name").asString()).doesNotContain(GRID);
    var direct =
        engine
            .contributions(GRID, 1.0, LinkOptions.defaults(), "ipcc-ar6-gwp100")
            .orElseThrow()
            .byProcess()
            .getFirst();
    JsonNode top = up.path("processes").get(0);
    assertThat(top.path("name").asString()).isEqualTo(direct.processName());
    assertThat(top.path("kgCO2e_per_t").asDouble())
        .isCloseTo(direct.amount() * 500 * x / perMj, within(1e-9 * 500 * x));

    // the band: one upstream row, so total draw i = total + U (v_i ÷ d − 1), increasing in v_i;
    // its median is the same affine map of the process's own Monte Carlo median (oracle: the
    // existing MonteCarlo API on the zip's engine, same seed and draws)
    FootprintJob bandJob = app.footprints().simulate(id, run.id(), 20, 42);
    assertThat(await(id, bandJob.id()).state()).isEqualTo("done");
    JsonNode band = app.footprints().band(id, run.id()).orElseThrow();
    var sim =
        MonteCarlo.run(engine, GRID, LinkOptions.defaults(), "ipcc-ar6-gwp100", 20, 42)
            .orElseThrow();
    double expected = run.total() + 500 * x * (sim.median() / sim.deterministic() - 1);
    assertThat(band.at("/total/p50").asDouble()).isCloseTo(expected, within(1e-9 * run.total()));
    assertThat(band.at("/total/p5").asDouble())
        .isLessThanOrEqualTo(band.at("/total/p50").asDouble());
    assertThat(band.at("/total/p95").asDouble())
        .isGreaterThanOrEqualTo(band.at("/total/p50").asDouble());
    assertThat(band.at("/byStage/processing/p50").asDouble()).isFinite();
    // what was sampled (issue 14): the uncertain part is the grid row's upstream part 500 X (the
    // oracle above), the certain part the rest of the total; the sampled exchanges are those with
    // a distribution and no formula in the processes of the grid process's linked system (counted
    // here on the zip's engine), at most USLCI's 5,539 exchange distributions (issue 14)
    JsonNode sampled = band.path("sampled");
    assertThat(sampled.path("backgroundProcesses").asInt()).isEqualTo(1);
    assertThat(sampled.path("uncertain").asDouble()).isCloseTo(500 * x, within(1e-9 * 500 * x));
    assertThat(sampled.path("certain").asDouble())
        .isCloseTo(run.total() - 500 * x, within(1e-9 * run.total()));
    assertThat(sampled.path("uncertainShare").asDouble())
        .isCloseTo(500 * x / run.total(), within(1e-12));
    assertThat(sampled.path("foregroundWithDistribution").asInt()).isZero();
    var system =
        engine.matrices(GRID, 1, LinkOptions.defaults()).orElseThrow().system().links().keySet();
    long withDistribution =
        system.stream()
            .flatMap(pid -> engine.library().processes().get(pid).exchanges().stream())
            .filter(e -> e.uncertainty() != null && e.formula().isBlank())
            .count();
    assertThat(sampled.path("systemProcesses").asInt()).isEqualTo(system.size());
    // (USLCI's grid system has none: that is why its band is flat — what the page now says)
    assertThat(sampled.path("sampled").asLong()).isEqualTo(withDistribution).isBetween(0L, 5539L);
    long kinds = 0;
    for (JsonNode k : sampled.path("byKind")) {
      kinds += k.asLong();
    }
    assertThat(kinds).isEqualTo(withDistribution);
    // relative width = (P95 − P5) ÷ |P50| of the total, narrow below 10 %
    double width =
        (band.at("/total/p95").asDouble() - band.at("/total/p5").asDouble())
            / Math.abs(band.at("/total/p50").asDouble());
    assertThat(sampled.path("relativeWidth").asDouble()).isCloseTo(width, within(1e-12));
    assertThat(sampled.path("narrow").asBoolean()).isEqualTo(width < 0.1);
    assertThatThrownBy(() -> app.footprints().simulate(id, run.id(), 3, 42))
        .isInstanceOf(InvalidInputException.class);

    assertThatThrownBy(() -> app.lcaDatabases().delete(db.id()))
        .isInstanceOf(RefusedException.class);
    signIn("bob", "group-b");
    assertThatThrownBy(() -> app.lcaDatabases().get(db.id())).isInstanceOf(NotFoundException.class);
    assertThat(app.lcaDatabases().list()).isEmpty();
  }

  @Test
  void upload_notAZip_isInvalidInput() {
    assertThatThrownBy(() -> app.lcaDatabases().upload("x", "hello".getBytes()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.issues()).extracting(Issue::code).contains("LCA_DATABASE_NOT_ZIP"));
  }

  private FootprintJob await(long id, String jobId) throws InterruptedException {
    FootprintJob job = app.footprints().job(id, jobId);
    for (int i = 0; i < 600 && job.state().equals("running"); i++) {
      Thread.sleep(100);
      job = app.footprints().job(id, jobId);
    }
    return job;
  }

  private static FootprintRunView done(FootprintComputation c) {
    return ((FootprintComputation.Done) c).run();
  }

  private static FootprintOptions options(AllocationMethod allocation) {
    return new FootprintOptions(2024, "copper-concentrate", allocation, "ipcc-ar6-gwp100");
  }

  private long importCopper() throws IOException {
    return app.imports()
        .importNew(Files.readAllBytes(COPPER), "footprint-copper-mine.json")
        .enterpriseId();
  }

  /** The CLI's path on the example file. */
  private static Footprint cli(AllocationMethod allocation) throws IOException {
    FactorLibrary library = FactorLibrary.builtIn();
    Inventory inv = Documents.load(COPPER, library).orElseThrow();
    Calculation calc = new Calculator(library).calculate(inv).orElseThrow();
    FootprintInputs in =
        FootprintInputs.read(JsonCodec.mapper().readTree(Files.readString(COPPER)), inv)
            .orElseThrow();
    return new FootprintCalculator()
        .calculate(
            new FootprintRequest(
                calc, 2024, "copper-concentrate", allocation, in.prices(), in.materials(), null))
        .orElseThrow();
  }

  private void signIn(String user, String group) {
    if (store.users().user(user).isEmpty()) {
      long g = store.users().createGroup(group);
      store.users().createUser(user, "{noop}x", List.of("USER"), g);
    }
    actor.signIn(user);
  }
}
