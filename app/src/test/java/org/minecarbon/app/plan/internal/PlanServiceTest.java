package org.minecarbon.app.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.document.internal.DocumentImportService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.PlanReader;
import org.minecarbon.io.plan.PlanResultWriter;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.solver.Solvers;
import org.minecarbon.planning.zone.ProvinceEnergy;
import org.minecarbon.planning.zone.Zone;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Plans over a real store (in-memory H2) and the real job runner, without Spring. */
class PlanServiceTest {
  private static final Path COAL = Path.of("../examples/coal-mine.json");
  private static final Path PLAN = Path.of("../examples/plan-coal-mine.json");

  private Store store;
  private TestActor actor;
  private JobRunner jobs;
  private StorePlanService plans;
  private DocumentImportService imports;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    signIn("alice", "group-a", "ADMIN");
    jobs = new JobRunner(store, 1);
    plans = service(jobs);
  }

  private StorePlanService service(JobRunner runner) {
    Libraries libraries = new Libraries(store, actor);
    Tenancy tenancy = new Tenancy(store, actor);
    PeriodLocks locks = new PeriodLocks(store);
    StoreAuditTrail audit = new StoreAuditTrail(store, actor);
    StoreInventoryService inventories =
        new StoreInventoryService(store, tenancy, libraries, locks, audit);
    imports = new DocumentImportService(store, tenancy, libraries, inventories, locks, audit);
    PlanRuns runs = new PlanRuns(tenancy, libraries, runner, Duration.ofSeconds(60));
    return new StorePlanService(store, tenancy, libraries, inventories, audit, runs);
  }

  @AfterEach
  void tearDown() {
    jobs.close();
    actor.signOut();
  }

  @Test
  void create_thenSave_addsVersionAndKeepsTheFirst() throws IOException {
    long id = coalMine();
    ObjectNode doc = planDocument();
    doc.put("name", "基准方案");

    PlanVersion v1 = plans.create(id, doc);
    doc.put("discountRate", 0.08);
    doc.put("name", "高折现率");
    PlanVersion v2 = plans.save(id, v1.planId(), doc);

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v1.document().has("inventory")).isFalse();
    assertThat(plans.get(id, v1.planId(), 1).document().path("discountRate").asDouble())
        .isEqualTo(0.06);
    assertThat(plans.get(id, v1.planId(), null).name()).isEqualTo("高折现率");
    assertThat(plans.versions(id, v1.planId()))
        .extracting(PlanVersion::version)
        .containsExactly(1, 2);
    assertThat(plans.list(id)).singleElement().extracting(PlanVersion::version).isEqualTo(2);
  }

  @Test
  void create_invalidDocument_listsEveryProblemWithItsPointer() throws IOException {
    long id = coalMine();
    ObjectNode doc = planDocument();
    ((ObjectNode) doc.get("targets").get(0)).put("kind", "summit");
    ((ObjectNode) doc.get("measures").get(1)).put("capex", -5);
    doc.put("baseYear", 1990);

    assertThatThrownBy(() -> plans.create(id, doc))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .contains("/targets/0/kind", "/measures/1/capex"));
    assertThat(plans.list(id)).isEmpty();
  }

  @Test
  void run_coalMine_resultEqualsThePlannerOnTheSameDocumentWithTheFile() throws Exception {
    long id = coalMine();
    PlanVersion v = plans.create(id, planDocument());

    PlanJob job = await(id, v.planId(), plans.run(id, v.planId(), null).id());

    // oracle: what `minecarbon plan examples/plan-coal-mine.json` computes (its embedded inventory
    // is examples/coal-mine.json, the one imported here)
    FactorLibrary library = FactorLibrary.builtIn();
    PlanRun expected;
    try (InputStream in = Files.newInputStream(PLAN)) {
      expected =
          new Planner(library, Solvers.scip())
              .plan(
                  PlanReader.read(in, "plan", library).orElseThrow(),
                  Duration.ofSeconds(60),
                  Map.of())
              .orElseThrow();
    }
    JsonNode want = PlanResultWriter.tree(expected.result());
    JsonNode got = job.result();
    assertThat(job.state()).isEqualTo(PlanJob.DONE);
    assertThat(got.path("status").asString()).isEqualTo("optimal");
    // objective within the contract's optimality tolerance (relative gap 1e-6)
    assertThat(got.path("objective").asDouble())
        .isCloseTo(
            want.path("objective").asDouble(),
            within(1e-6 * Math.abs(want.path("objective").asDouble())));
    assertThat(got.path("years").size()).isEqualTo(36); // 2025 … 2060
    // as text: read back from the store, 11700.0 is an integer node, equal in value
    assertThat(got.path("macc").toString()).isEqualTo(want.path("macc").toString());
    assertThat(got.path("adopted").toString()).isEqualTo(want.path("adopted").toString());
    assertThat(got.path("phases").toString()).isEqualTo(want.path("phases").toString());
    assertThat(plans.mps(id, v.planId(), job.id())).contains("ROWS").contains("COLUMNS");
    assertThat(plans.runs(id, v.planId())).extracting(PlanJob::id).containsExactly(job.id());
  }

  @Test
  void run_resultSurvivesARestartOfTheRunner() throws Exception {
    long id = coalMine();
    PlanVersion v = plans.create(id, planDocument());
    PlanJob done = await(id, v.planId(), plans.run(id, v.planId(), 1).id());
    jobs.close();

    jobs = new JobRunner(store, 1);
    StorePlanService restarted = service(jobs);

    assertThat(restarted.job(id, v.planId(), done.id()).result()).isEqualTo(done.result());
  }

  @Test
  void plan_ofAnotherGroup_isNotFound() throws Exception {
    long id = coalMine();
    PlanVersion v = plans.create(id, planDocument());
    PlanJob job = await(id, v.planId(), plans.run(id, v.planId(), null).id());

    signIn("bob", "group-b", "ADMIN");

    assertThatThrownBy(() -> plans.list(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plans.get(id, v.planId(), null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plans.job(id, v.planId(), job.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plans.delete(id, v.planId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void run_underAnotherPlanOrUnknownVersion_isNotFound() throws Exception {
    long id = coalMine();
    PlanVersion a = plans.create(id, planDocument());
    PlanVersion b = plans.create(id, planDocument());
    PlanJob job = await(id, a.planId(), plans.run(id, a.planId(), null).id());

    assertThatThrownBy(() -> plans.job(id, b.planId(), job.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plans.run(id, a.planId(), 7)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void reviewer_seesPlansButMayNotChangeOrRunThem() throws IOException {
    long id = coalMine();
    PlanVersion v = plans.create(id, planDocument());
    Long group = store.users().user("alice").orElseThrow().groupId();
    store.users().createUser("rita", "{noop}x", List.of("REVIEWER"), group);
    actor.signIn("rita");

    assertThat(plans.list(id)).hasSize(1);
    assertThatThrownBy(() -> plans.save(id, v.planId(), planDocument()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> plans.run(id, v.planId(), null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> plans.delete(id, v.planId())).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void createSaveRunDelete_eachRecordedInTheAuditTrail() throws Exception {
    long id = coalMine();
    PlanVersion v = plans.create(id, planDocument());
    plans.save(id, v.planId(), planDocument());
    await(id, v.planId(), plans.run(id, v.planId(), null).id());
    actor.reason("superseded");
    plans.delete(id, v.planId());

    List<AuditEntry> trail = store.audit().ofEnterprise(id, List.of("plan"));
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactly("create", "update", "run", "delete");
    assertThat(trail.get(3).reason()).isEqualTo("superseded");
    assertThat(store.audit().verify().ok()).isTrue();
    assertThatThrownBy(() -> plans.get(id, v.planId(), null)).isInstanceOf(NotFoundException.class);
  }

  private PlanJob await(long id, long planId, String jobId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    PlanJob job = plans.job(id, planId, jobId);
    while (!job.finished() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      job = plans.job(id, planId, jobId);
    }
    return job;
  }

  @Test
  void pdf_finishedRun_namedFromEnterprisePlanVersion() throws Exception {
    long id = coalMine();
    ObjectNode doc = planDocument();
    doc.put("name", "基准方案");
    PlanVersion v = plans.create(id, doc);
    PlanJob job = await(id, v.planId(), plans.run(id, v.planId(), null).id());

    var pdf = plans.pdf(id, v.planId(), job.id());

    // examples/coal-mine.json names the enterprise 示例高瓦斯煤矿有限公司 (its enterprise.name)
    assertThat(pdf.fileName()).endsWith("-基准方案-v1.pdf").contains("煤");
    assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void run_withScenarios_comparesObjectivesMonotoneInThePrice() throws Exception {
    long id = coalMine();
    ObjectNode doc = planDocument();
    var scenarios = doc.putArray("scenarios");
    ObjectNode low = scenarios.addObject();
    low.put("name", "low");
    low.putObject("prices").putArray("allowance").addObject().put("year", 2025).put("value", 0);
    ObjectNode high = scenarios.addObject();
    high.put("name", "high");
    high.putObject("prices").putArray("allowance").addObject().put("year", 2025).put("value", 2000);
    PlanVersion v = plans.create(id, doc);

    PlanJob job = await(id, v.planId(), plans.run(id, v.planId(), null).id());

    JsonNode cmp = job.scenarios();
    assertThat(cmp).hasSize(3);
    assertThat(cmp.get(0).path("name").asString()).isEqualTo("central");
    assertThat(cmp.get(0).path("objective").asDouble())
        .isEqualTo(job.result().path("objective").asDouble());
    // B(t) ≥ 0 and the objective adds price(t) × B(t): min over the same feasible set of a
    // function that never falls when prices rise, so objective(low: 0) ≤ objective(high: 2000).
    // (low and high keep the document's other prices: only the allowance term differs.)
    double lo = cmp.get(1).path("objective").asDouble();
    double hi = cmp.get(2).path("objective").asDouble();
    assertThat(lo).isLessThanOrEqualTo(hi + 1);
    assertThat(cmp.get(2).path("price").asDouble()).isEqualTo(2000);
    assertThat(cmp.get(2).has("abatement")).isTrue();
  }

  @Test
  void create_badScenarioPrices_listedUnderScenarios() throws IOException {
    long id = coalMine();
    ObjectNode doc = planDocument();
    ObjectNode bad = doc.putArray("scenarios").addObject();
    bad.put("name", "x");
    bad.putObject("prices").putArray("allowance").addObject().put("year", 2025).put("value", "a");

    assertThatThrownBy(() -> plans.create(id, doc))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .anySatisfy(p -> assertThat(p).startsWith("/scenarios/0/prices/allowance")));
  }

  @Test
  void create_badScenarioPaths_everyProblemListedUnderItsScenario() throws IOException {
    long id = coalMine();
    ObjectNode doc = planDocument();
    var list = doc.putArray("scenarios");
    ObjectNode a = list.addObject();
    a.put("name", "shrink");
    a.putObject("projection")
        .putArray("production")
        .addObject()
        .put("year", 2030)
        .put("index", "x");
    ObjectNode b = list.addObject();
    b.put("name", "green");
    var grid = b.putObject("projection").putArray("gridFactor");
    grid.addObject().put("year", 2040).put("value", 0.3);
    grid.addObject().put("year", 2030).put("value", 0.4); // not sorted

    assertThatThrownBy(() -> plans.create(id, doc))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::pointer)
                    .anySatisfy(p -> assertThat(p).startsWith("/scenarios/0/projection/production"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("/scenarios/1/projection/gridFactor")));
  }

  @Test
  void zoning_latestYearOfTheEnterpriseProvince_classified() throws IOException {
    long id = coalMine(); // enterprise.province 山西
    assertThat(plans.zoning(id)).isEmpty();
    long auditBefore = store.audit().count();

    // made-up figures (10^4 tce): 2022 a net importer (application), 2023 a net exporter with a
    // 10 % new-energy share ≤ 17.5 % → production zone; the latest year (2023) decides.
    plans.putProvinceEnergy(
        List.of(
            new ProvinceEnergy("山西", 2022, 10_000, 20_000, 0.10, "test"),
            new ProvinceEnergy("山西", 2023, 80_000, 22_000, 0.10, "test"),
            new ProvinceEnergy("江苏", 2023, 4_000, 35_000, 0.30, "test")));

    assertThat(plans.zoning(id))
        .hasValueSatisfying(
            z -> {
              assertThat(z.zone()).isEqualTo(Zone.COAL_PRODUCTION);
              assertThat(z.data().year()).isEqualTo(2023);
            });
    assertThat(plans.provinceEnergy()).hasSize(3);
    // one audit entry per stored province-year
    assertThat(store.audit().count()).isEqualTo(auditBefore + 3);
  }

  @Test
  void putProvinceEnergy_viewer_forbidden() {
    signIn("vera", "group-v", "VIEWER");
    assertThatThrownBy(
            () -> plans.putProvinceEnergy(List.of(new ProvinceEnergy("山西", 2023, 1, 2, 0.1, "t"))))
        .isInstanceOf(ForbiddenException.class);
  }

  private long coalMine() throws IOException {
    return imports.importNew(Files.readAllBytes(COAL), "coal-mine.json").enterpriseId();
  }

  private static ObjectNode planDocument() throws IOException {
    return (ObjectNode) JsonCodec.mapper().readTree(Files.readString(PLAN));
  }

  private void signIn(String user, String group, String role) {
    if (store.users().user(user).isEmpty()) {
      long g = store.users().createGroup(group);
      store.users().createUser(user, "{noop}x", List.of(role), g);
    }
    actor.signIn(user);
  }
}
