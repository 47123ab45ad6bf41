package org.minecarbon.server.config;

import org.minecarbon.app.App;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditService;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.ExplainService;
import org.minecarbon.app.balance.UncertaintyService;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.evidence.EvidenceService;
import org.minecarbon.app.factor.FactorService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.app.user.PasswordHasher;
import org.minecarbon.app.user.UserService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.server.access.CurrentUser;
import org.minecarbon.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

/**
 * Wires the framework-free use cases of module {@code app} into Spring: one {@link App} over the
 * store, with the signed-in user ({@link CurrentUser}) as its actor and BCrypt as its password
 * hasher; each feature's service is a bean for the controllers. Nothing else constructs them.
 */
@Configuration(proxyBeanMethods = false)
public class AppConfig {
  private static final Logger LOG = LoggerFactory.getLogger(AppConfig.class);

  @Bean(destroyMethod = "close")
  App app(
      Store store,
      CurrentUser currentUser,
      PasswordEncoder encoder,
      @Value("${minecarbon.evidence.max-bytes:10MB}") DataSize evidenceMax,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartMax,
      @Value("${minecarbon.jobs.threads:2}") int jobThreads) {
    if (multipartMax.toBytes() < evidenceMax.toBytes()) {
      LOG.warn(
          "minecarbon.evidence.max-bytes ({}) exceeds spring.servlet.multipart.max-file-size ({});"
              + " larger uploads are refused by the multipart limit",
          evidenceMax,
          multipartMax);
    }
    return new App(
        store,
        currentUser,
        PasswordHasher.of(encoder::encode, encoder::matches),
        new App.Settings(evidenceMax.toBytes(), jobThreads));
  }

  @Bean
  Tenancy tenancy(App app) {
    return app.tenancy();
  }

  @Bean
  Libraries libraries(App app) {
    return app.libraries();
  }

  @Bean
  PeriodLocks periodLocks(App app) {
    return app.locks();
  }

  @Bean
  AuditTrail auditTrail(App app) {
    return app.auditTrail();
  }

  @Bean
  JobRunner jobRunner(App app) {
    return app.jobs();
  }

  @Bean
  InventoryService inventoryService(App app) {
    return app.inventories();
  }

  @Bean
  EnterpriseService enterpriseService(App app) {
    return app.enterprises();
  }

  @Bean
  ImportService importService(App app) {
    return app.imports();
  }

  @Bean
  BalanceService balanceService(App app) {
    return app.balances();
  }

  @Bean
  ExplainService explainService(App app) {
    return app.explanations();
  }

  @Bean
  UncertaintyService uncertaintyService(App app) {
    return app.uncertainty();
  }

  @Bean
  WorkflowService workflowService(App app) {
    return app.workflow();
  }

  @Bean
  AuditService auditService(App app) {
    return app.audit();
  }

  @Bean
  EvidenceService evidenceService(App app) {
    return app.evidence();
  }

  @Bean
  FactorService factorService(App app) {
    return app.factors();
  }

  @Bean
  BenchmarkService benchmarkService(App app) {
    return app.benchmarks();
  }

  @Bean
  UserService userService(App app) {
    return app.users();
  }

  @Bean
  ReportService reportService(App app) {
    return app.reports();
  }

  @Bean
  PlanService planService(App app) {
    return app.plans();
  }

  @Bean
  FootprintService footprintService(App app) {
    return app.footprints();
  }

  @Bean
  LcaDatabaseService lcaDatabaseService(App app) {
    return app.lcaDatabases();
  }

  @Bean
  org.minecarbon.app.footprint.LcaProcessService lcaProcessService(App app) {
    return app.lcaProcesses();
  }

  @Bean
  org.minecarbon.app.meter.MeterService meterService(App app) {
    return app.meters();
  }

  @Bean
  org.minecarbon.app.meter.live.LiveService meterLiveService(App app) {
    return app.meterLive();
  }

  @Bean
  org.minecarbon.app.meter.alarm.AlarmService meterAlarmService(App app) {
    return app.meterAlarms();
  }
}
