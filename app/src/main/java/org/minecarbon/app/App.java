package org.minecarbon.app;

import org.minecarbon.app.access.Actor;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditService;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.audit.internal.StoreAuditService;
import org.minecarbon.app.audit.internal.StoreAuditTrail;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.ExplainService;
import org.minecarbon.app.balance.UncertaintyService;
import org.minecarbon.app.balance.internal.EngineBalanceService;
import org.minecarbon.app.balance.internal.EngineExplainService;
import org.minecarbon.app.balance.internal.JobsUncertaintyService;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.internal.CatalogBenchmarkService;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.app.document.internal.DocumentImportService;
import org.minecarbon.app.document.internal.ScopedImportService;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.internal.ScopedEnterpriseService;
import org.minecarbon.app.enterprise.internal.StoreEnterpriseService;
import org.minecarbon.app.evidence.EvidenceService;
import org.minecarbon.app.evidence.internal.StoreEvidenceService;
import org.minecarbon.app.factor.FactorService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.factor.internal.CatalogFactorService;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.footprint.LcaProcessService;
import org.minecarbon.app.footprint.internal.Footprints;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.internal.ScopedInventoryService;
import org.minecarbon.app.inventory.internal.StoreInventoryService;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.meter.MeterService;
import org.minecarbon.app.meter.internal.StoreMeterService;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.internal.PlanRuns;
import org.minecarbon.app.plan.internal.StorePlanService;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.app.report.internal.ModuleReportService;
import org.minecarbon.app.user.PasswordHasher;
import org.minecarbon.app.user.UserService;
import org.minecarbon.app.user.internal.StoreUserService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.internal.StoreWorkflowService;
import org.minecarbon.store.Store;

/**
 * The composition root of the use cases: builds every feature's service once over one store and the
 * adapter's ports ({@link Actor}, {@link PasswordHasher}). The web server exposes these as its
 * beans, the CLI calls them directly; neither constructs a feature's internals itself.
 *
 * <p>Every service the adapters see applies the acting user's tenant and scope ({@link Tenancy}):
 * the scoped decorators wrap the store-backed implementations here and nowhere else.
 */
public final class App implements AutoCloseable {

  /**
   * Settings of the use cases.
   *
   * @param evidenceMaxBytes the largest evidence file accepted
   * @param jobThreads how many long jobs (uncertainty, later planning and footprints) run at once
   */
  public record Settings(long evidenceMaxBytes, int jobThreads) {
    /** 10 MB evidence files, two jobs at a time (the defaults of the web server). */
    public static final Settings DEFAULTS = new Settings(10L * 1024 * 1024, 2);
  }

  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final PeriodLocks locks;
  private final AuditTrail auditTrail;
  private final JobRunner jobs;
  private final InventoryService inventories;
  private final EnterpriseService enterprises;
  private final ImportService imports;
  private final BalanceService balances;
  private final ExplainService explanations;
  private final UncertaintyService uncertainty;
  private final WorkflowService workflow;
  private final AuditService audit;
  private final EvidenceService evidence;
  private final FactorService factors;
  private final BenchmarkService benchmarks;
  private final UserService users;
  private final ReportService reports;
  private final PlanService plans;
  private final Footprints footprints;
  private final MeterService meters;
  private final org.minecarbon.app.meter.live.LiveService meterLive;
  private final org.minecarbon.app.meter.alarm.AlarmService meterAlarms;
  private final org.minecarbon.app.meter.StreamSinkService meterStream;

  public App(Store store, Actor actor, PasswordHasher passwords, Settings settings) {
    this.store = store;
    this.tenancy = new Tenancy(store, actor);
    this.libraries = new Libraries(store, actor);
    this.locks = new PeriodLocks(store);
    this.auditTrail = new StoreAuditTrail(store, actor);
    this.jobs = new JobRunner(store, settings.jobThreads());
    this.inventories =
        new ScopedInventoryService(
            new StoreInventoryService(store, tenancy, libraries, locks, auditTrail),
            tenancy,
            libraries);
    this.enterprises =
        new ScopedEnterpriseService(
            new StoreEnterpriseService(store, tenancy, libraries, locks, auditTrail), tenancy);
    this.imports =
        new ScopedImportService(
            new DocumentImportService(store, tenancy, libraries, inventories, locks, auditTrail),
            tenancy);
    this.balances = new EngineBalanceService(inventories, libraries, store, tenancy);
    this.explanations = new EngineExplainService(balances, store, tenancy);
    this.uncertainty = new JobsUncertaintyService(balances, tenancy, jobs);
    this.benchmarks = new CatalogBenchmarkService(store, tenancy, auditTrail);
    this.workflow = new StoreWorkflowService(store, tenancy, libraries, auditTrail, benchmarks);
    this.audit = new StoreAuditService(store, tenancy);
    this.evidence =
        new StoreEvidenceService(store, tenancy, locks, auditTrail, settings.evidenceMaxBytes());
    this.factors = new CatalogFactorService(store, libraries, tenancy, auditTrail);
    this.users = new StoreUserService(store, tenancy, passwords, auditTrail);
    this.reports = new ModuleReportService(inventories, balances, benchmarks, workflow);
    this.plans =
        new StorePlanService(
            store,
            tenancy,
            libraries,
            inventories,
            auditTrail,
            new PlanRuns(tenancy, libraries, jobs, java.time.Duration.ofSeconds(60)));
    this.footprints = new Footprints(store, tenancy, balances, jobs);
    StoreMeterService storeMeters =
        new StoreMeterService(
            store, tenancy, locks, auditTrail, inventories, java.time.Clock.systemUTC());
    this.meters = storeMeters;
    // live monitoring (issue 15, session 6)
    this.meterLive =
        new org.minecarbon.app.meter.live.internal.StoreLiveService(
            store, tenancy, inventories, libraries, storeMeters, java.time.Clock.systemUTC());
    this.meterAlarms =
        new org.minecarbon.app.meter.alarm.internal.StoreAlarmService(
            store,
            tenancy,
            locks,
            auditTrail,
            storeMeters,
            inventories,
            java.time.Clock.systemUTC());
    // the Kafka → Flink job's sink into the inventory (issue 15, session 7)
    this.meterStream =
        new org.minecarbon.app.meter.internal.StoreStreamSinkService(
            store, tenancy, locks, inventories);
  }

  public Store store() {
    return store;
  }

  public Tenancy tenancy() {
    return tenancy;
  }

  public Libraries libraries() {
    return libraries;
  }

  public PeriodLocks locks() {
    return locks;
  }

  public AuditTrail auditTrail() {
    return auditTrail;
  }

  public JobRunner jobs() {
    return jobs;
  }

  public InventoryService inventories() {
    return inventories;
  }

  public EnterpriseService enterprises() {
    return enterprises;
  }

  public ImportService imports() {
    return imports;
  }

  public BalanceService balances() {
    return balances;
  }

  public ExplainService explanations() {
    return explanations;
  }

  public UncertaintyService uncertainty() {
    return uncertainty;
  }

  public WorkflowService workflow() {
    return workflow;
  }

  public AuditService audit() {
    return audit;
  }

  public EvidenceService evidence() {
    return evidence;
  }

  public FactorService factors() {
    return factors;
  }

  public BenchmarkService benchmarks() {
    return benchmarks;
  }

  public UserService users() {
    return users;
  }

  public ReportService reports() {
    return reports;
  }

  /** Reduction-pathway plans, versioned, run as jobs (issue 13). */
  public PlanService plans() {
    return plans;
  }

  /** Product carbon footprints (issue 14). */
  public FootprintService footprints() {
    return footprints.footprints();
  }

  /** Background LCA databases of the group (issue 14). */
  public LcaDatabaseService lcaDatabases() {
    return footprints.databases();
  }

  /** The processes of the group's background databases and their results (issue 14). */
  public LcaProcessService lcaProcesses() {
    return footprints.processes();
  }

  /** Meter registry, readings and the derived meter rows (issue 15). */
  public MeterService meters() {
    return meters;
  }

  /** Live figures and the methane panel of a site (issue 15, session 6). */
  public org.minecarbon.app.meter.live.LiveService meterLive() {
    return meterLive;
  }

  /** Meter alarms, calibration records and reconciliation (issue 15, session 6). */
  public org.minecarbon.app.meter.alarm.AlarmService meterAlarms() {
    return meterAlarms;
  }

  /** The stream job's row and reading upserts into the inventory (issue 15, session 7). */
  public org.minecarbon.app.meter.StreamSinkService meterStream() {
    return meterStream;
  }

  /** Stops the job pool (running jobs are marked failed at the next start). */
  @Override
  public void close() {
    jobs.close();
  }
}
