package org.minecarbon.store;

import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.minecarbon.store.audit.AuditRepository;
import org.minecarbon.store.catalog.CatalogRepository;
import org.minecarbon.store.evidence.EvidenceRepository;
import org.minecarbon.store.footprint.FootprintRepository;
import org.minecarbon.store.internal.Jdbc;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowRepository;
import org.minecarbon.store.job.JobRepository;
import org.minecarbon.store.meter.MeterRepository;
import org.minecarbon.store.migration.V19__PostgresStorage;
import org.minecarbon.store.period.PeriodRepository;
import org.minecarbon.store.plan.PlanRepository;
import org.minecarbon.store.user.ApiTokenRepository;
import org.minecarbon.store.user.UserRepository;

/**
 * The store over one data source: repositories sharing one transaction mechanism. Statements run
 * inside {@link #inTransaction} share a connection and commit or roll back together.
 */
public final class Store {
  /** Where the Flyway migrations live (the same files for H2 and PostgreSQL). */
  public static final String MIGRATIONS = "classpath:db/migration";

  private final Jdbc jdbc;
  private final RowRepository rows;
  private final InventoryRepository inventories;
  private final UserRepository users;
  private final CatalogRepository catalog;
  private final ApiTokenRepository tokens;
  private final AuditRepository audit;
  private final PeriodRepository periods;
  private final EvidenceRepository evidence;
  private final JobRepository jobs;
  private final PlanRepository plans;
  private final FootprintRepository footprints;
  private final MeterRepository meters;
  private final org.minecarbon.store.meter.AlarmRepository meterAlarms;
  private final org.minecarbon.store.meter.StreamSinkRepository meterStream;

  public Store(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
    this.rows = new RowRepository(jdbc);
    this.inventories = new InventoryRepository(jdbc, rows);
    this.users = new UserRepository(jdbc);
    this.catalog = new CatalogRepository(jdbc);
    this.tokens = new ApiTokenRepository(jdbc);
    this.audit = new AuditRepository(jdbc, Clock.systemUTC());
    this.periods = new PeriodRepository(jdbc, Clock.systemUTC());
    this.evidence = new EvidenceRepository(jdbc);
    this.jobs = new JobRepository(jdbc, Clock.systemUTC());
    this.plans = new PlanRepository(jdbc, Clock.systemUTC());
    this.footprints = new FootprintRepository(jdbc, Clock.systemUTC());
    this.meters = new MeterRepository(jdbc, Clock.systemUTC());
    this.meterAlarms = new org.minecarbon.store.meter.AlarmRepository(jdbc, Clock.systemUTC());
    this.meterStream = new org.minecarbon.store.meter.StreamSinkRepository(jdbc, Clock.systemUTC());
  }

  /** Brings the schema up to date (for use without Spring, which runs Flyway itself). */
  public static void migrate(DataSource dataSource) {
    flyway(dataSource).load().migrate();
  }

  /**
   * Flyway configured with the store's migrations: the SQL files under {@link #MIGRATIONS} and the
   * Java ones ({@link #javaMigrations}), which are registered explicitly rather than found by a
   * class-path scan (so they are found inside the product's nested jar too).
   */
  public static FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .javaMigrations(javaMigrations());
  }

  /** The Java migrations (statements one database only has); Spring Boot takes them as beans. */
  public static JavaMigration[] javaMigrations() {
    return new JavaMigration[] {new V19__PostgresStorage()};
  }

  public <T> T inTransaction(Supplier<T> work) {
    return jdbc.inTransaction(work);
  }

  public void inTransaction(Runnable work) {
    jdbc.inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  public InventoryRepository inventories() {
    return inventories;
  }

  public RowRepository rows() {
    return rows;
  }

  public UserRepository users() {
    return users;
  }

  public CatalogRepository catalog() {
    return catalog;
  }

  public ApiTokenRepository tokens() {
    return tokens;
  }

  /** The append-only, hash-chained audit trail. */
  public AuditRepository audit() {
    return audit;
  }

  /** Reporting-year workflow state and verified versions. */
  public PeriodRepository periods() {
    return periods;
  }

  /** Evidence files attached to rows. */
  public EvidenceRepository evidence() {
    return evidence;
  }

  /** Long-running jobs and their results. */
  public JobRepository jobs() {
    return jobs;
  }

  /** Reduction-pathway plans and their versions. */
  public PlanRepository plans() {
    return plans;
  }

  /** Background LCA databases, links and footprint runs (V12). */
  public FootprintRepository footprints() {
    return footprints;
  }

  /** Meter registries, readings and conflicts (embedded ingestion). */
  public MeterRepository meters() {
    return meters;
  }

  /** Meter alarm states and calibration records (V14, live monitoring). */
  public org.minecarbon.store.meter.AlarmRepository meterAlarms() {
    return meterAlarms;
  }

  /** The stream job's refusals, dead letters and conflicts (V16, issue 15 session 7). */
  public org.minecarbon.store.meter.StreamSinkRepository meterStream() {
    return meterStream;
  }
}
