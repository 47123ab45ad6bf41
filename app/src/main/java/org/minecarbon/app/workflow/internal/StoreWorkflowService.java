package org.minecarbon.app.workflow.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.audit.AuditView;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.workflow.PeriodStatus;
import org.minecarbon.app.workflow.VerifiedVersion;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.YearStatus;
import org.minecarbon.app.workflow.YearVersionView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.period.PeriodRecord;
import org.minecarbon.store.period.PeriodVersionRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The year workflow over the store. Each transition runs in one transaction: lock the enterprise
 * (so no data change interleaves), check the year's status, move it, store the snapshot when
 * verifying, and record the transition in the audit trail.
 */
public class StoreWorkflowService implements WorkflowService {
  private static final System.Logger LOG = System.getLogger(StoreWorkflowService.class.getName());

  private static final Set<PeriodStatus> IN_REVIEW =
      Set.of(PeriodStatus.SUBMITTED, PeriodStatus.REVIEWED);

  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final AuditTrail audit;
  private final BenchmarkService benchmarks;

  public StoreWorkflowService(
      Store store,
      Tenancy tenancy,
      Libraries libraries,
      AuditTrail audit,
      BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
    this.store = store;
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.audit = audit;
  }

  /** One workflow action: allowed from-statuses, target, whether a reason is required. */
  private record Move(
      String action, Set<PeriodStatus> from, PeriodStatus to, boolean reasonRequired) {}

  @Override
  public YearStatus status(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    PeriodRecord p = store.periods().get(enterpriseId, year);
    var history =
        store
            .audit()
            .list(new AuditQuery(null, enterpriseId, "period", String.valueOf(year), 0, 200))
            .stream()
            .map(AuditView::of)
            .toList();
    return new YearStatus(
        enterpriseId,
        year,
        p.status(),
        p.version(),
        PeriodStatus.of(p) != PeriodStatus.DRAFT,
        history);
  }

  @Override
  public YearStatus submit(long enterpriseId, int year, @Nullable String reason) {
    return move(
        enterpriseId,
        year,
        new Move("submit", Set.of(PeriodStatus.DRAFT), PeriodStatus.SUBMITTED, false),
        reason);
  }

  @Override
  public YearStatus review(long enterpriseId, int year, @Nullable String reason) {
    return move(
        enterpriseId,
        year,
        new Move("review", Set.of(PeriodStatus.SUBMITTED), PeriodStatus.REVIEWED, false),
        reason);
  }

  @Override
  public YearStatus returnToDraft(long enterpriseId, int year, @Nullable String reason) {
    return move(
        enterpriseId, year, new Move("return", IN_REVIEW, PeriodStatus.DRAFT, true), reason);
  }

  @Override
  public YearStatus verify(long enterpriseId, int year, @Nullable String reason) {
    return move(
        enterpriseId,
        year,
        new Move("verify", Set.of(PeriodStatus.REVIEWED), PeriodStatus.VERIFIED, false),
        reason);
  }

  @Override
  public YearStatus reopen(long enterpriseId, int year, @Nullable String reason) {
    return move(
        enterpriseId,
        year,
        new Move("reopen", Set.of(PeriodStatus.VERIFIED), PeriodStatus.DRAFT, true),
        reason);
  }

  private YearStatus move(long enterpriseId, int year, Move m, @Nullable String reason) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "a step of the year workflow"); // scope (access)
    String why = AuditTrail.cleanReason(reason != null ? reason : tenancy.actor().reason());
    if (m.reasonRequired() && why == null) {
      throw reasonRequired(year, m);
    }
    store.inTransaction(
        () -> {
          tenancy.enterprise(enterpriseId);
          store.periods().lockEnterprise(enterpriseId);
          PeriodRecord p = store.periods().get(enterpriseId, year);
          if (!m.from().contains(PeriodStatus.of(p))) {
            throw wrongState(p, m);
          }
          apply(p, m, why);
        });
    return status(enterpriseId, year);
  }

  /** Moves the (locked, checked) year and records the transition. */
  private void apply(PeriodRecord p, Move m, @Nullable String why) {
    long e = p.enterpriseId();
    int version = m.action().equals("reopen") ? p.version() + 1 : p.version();
    ObjectNode after = state(m.to(), version);
    String actor = tenancy.actor().name();
    if (m.to() == PeriodStatus.VERIFIED) {
      requireOtherPerson(e, p.year(), actor);
      String snapshot = snapshot(e, p.year());
      long group = tenancy.groupId();
      String frozen =
          Frozen.write(store.catalog().benchmarks(group), store.catalog().factorSets(group));
      after.put(
          "snapshotSha256",
          store.periods().addVersion(e, p.year(), version, actor, snapshot, frozen));
      after.put("frozenSha256", Sha256.hex(frozen));
    }
    if (m.action().equals("reopen") && why != null) {
      store.periods().markReopened(e, p.year(), p.version(), actor, why);
    }
    store.periods().transition(e, p.year(), p.status(), m.to().code(), version);
    String year = String.valueOf(p.year());
    audit.record(e, "period", year, m.action(), state(PeriodStatus.of(p), p.version()), after, why);
  }

  /** Separation of duties on the year: its verifier neither entered nor reviewed its data. */
  private void requireOtherPerson(long enterpriseId, int year, String actor) {
    Set<String> involved = Duties.enteredOrReviewed(store, enterpriseId, year);
    if (involved.contains(actor)) {
      throw new RefusedException(
          403,
          Issue.error(
              AppCodes.SEPARATION_OF_DUTIES,
              "",
              actor
                  + " entered or reviewed data of "
                  + year
                  + "; a different person must verify it (separation of duties)",
              actor,
              "a verifier other than " + String.join(", ", involved)));
    }
  }

  private static RefusedException reasonRequired(int year, Move m) {
    String what = m.action().equals("reopen") ? "reopened" : "returned";
    return new RefusedException(
        400,
        Issue.error(
                Codes.REQUIRED,
                "/reason",
                "a reason is required to " + m.action() + " " + year,
                "",
                "why the year is " + what)
            .at("header X-Change-Reason or field reason"));
  }

  private static RefusedException wrongState(PeriodRecord p, Move m) {
    String message =
        PeriodStatus.of(p) == PeriodStatus.VERIFIED
            ? p.year()
                + " is verified (version "
                + p.version()
                + "); reopen it with a reason to correct it"
            : "cannot "
                + m.action()
                + " "
                + p.year()
                + ": it is "
                + p.status()
                + " (version "
                + p.version()
                + "); allowed from "
                + String.join(" or ", m.from().stream().map(PeriodStatus::code).sorted().toList());
    return new RefusedException(
        409, Issue.error(AppCodes.WORKFLOW_STATE, "", message, p.status(), m.action()));
  }

  private static ObjectNode state(PeriodStatus status, int version) {
    return JsonCodec.mapper()
        .createObjectNode()
        .put("status", status.code())
        .put("version", version);
  }

  /** The enterprise's document with only the rows of the year (what the version's reports use). */
  private String snapshot(long enterpriseId, int year) {
    ObjectNode doc = store.inventories().document(enterpriseId).orElseThrow();
    for (String array : List.of("activities", "sinks", "production")) {
      JsonNode rows = doc.get(array);
      if (rows != null && rows.isArray()) {
        for (int i = rows.size() - 1; i >= 0; i--) {
          String period = rows.get(i).path("period").asString("");
          if (Period.parse(period).filter(p -> p.year() == year).isEmpty()) {
            ((tools.jackson.databind.node.ArrayNode) rows).remove(i);
          }
        }
      }
    }
    return JsonCodec.mapper().writeValueAsString(doc);
  }

  @Override
  public List<YearVersionView> versions(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    return store.periods().versions(enterpriseId, year).stream()
        .map(StoreWorkflowService::view)
        .toList();
  }

  @Override
  public Inventory versionInventory(long enterpriseId, int year, int version) {
    return load(enterpriseId, year, version).checked().inventory();
  }

  @Override
  public Balance versionBalance(long enterpriseId, int year, int version) {
    return balance(load(enterpriseId, year, version));
  }

  @Override
  public VerifiedVersion verifiedVersion(long enterpriseId, int year, int version) {
    Loaded loaded = load(enterpriseId, year, version);
    String frozen = loaded.record().frozen();
    return new VerifiedVersion(
        loaded.checked().inventory(),
        balance(loaded),
        frozen == null ? benchmarks.list() : Frozen.benchmarks(frozen));
  }

  /** A verified version read once: checked against its hashes, scoped, read and validated. */
  private record Loaded(
      PeriodVersionRecord record, DocumentChecks.Checked checked, FactorLibrary library) {}

  private Loaded load(long enterpriseId, int year, int version) {
    tenancy.enterprise(enterpriseId);
    PeriodVersionRecord v =
        store
            .periods()
            .version(enterpriseId, year, version)
            .orElseThrow(() -> new NotFoundException("verified version", year + " v" + version));
    JsonNode verification =
        store
            .audit()
            .recordedVerification(enterpriseId, year, version)
            .orElse(JsonCodec.mapper().createObjectNode());
    String actual = Sha256.hex(v.snapshot());
    String recorded = verification.path("snapshotSha256").asString("");
    boolean frozenIntact =
        v.frozen() == null
            || Sha256.hex(v.frozen()).equals(verification.path("frozenSha256").asString(""));
    if (!actual.equals(v.snapshotSha256()) || !actual.equals(recorded) || !frozenIntact) {
      LOG.log(
          System.Logger.Level.ERROR,
          "verified snapshot of enterprise {0} year {1} v{2} is corrupt: stored sha256 {3},"
              + " recorded in the audit trail {4}, content has {5}",
          enterpriseId,
          year,
          version,
          v.snapshotSha256(),
          recorded,
          actual);
      throw new RefusedException(
          409,
          Issue.error(
              AppCodes.SNAPSHOT_CORRUPT,
              "",
              "the verified snapshot of "
                  + year
                  + " version "
                  + version
                  + " does not match the SHA-256 recorded when it was verified; it was changed"
                  + " outside the application and is not used",
              actual,
              v.snapshotSha256()));
    }
    JsonNode tree = JsonCodec.mapper().readTree(v.snapshot());
    if (tree instanceof ObjectNode o) {
      tree = tenancy.visibleDocument(enterpriseId, o); // a site-limited user sees its sites only
    }
    FactorLibrary library = versionLibrary(v);
    return new Loaded(v, DocumentChecks.checked(tree, library), library);
  }

  /** The balance of a loaded version, on the validation done while loading it (once). */
  private static Balance balance(Loaded loaded) {
    Result<Balance> result =
        new BalanceCalculator(loaded.library())
            .calculate(loaded.checked().inventory(), loaded.checked().validation());
    if (result instanceof Result.Ok<Balance> ok) {
      return ok.value();
    }
    throw new InvalidInputException("the balance cannot be calculated", result.errors());
  }

  /**
   * The factor library a verified version is computed with: the built-in sets plus the group's user
   * sets as frozen at verification (versions verified before that was kept: the live library).
   */
  private FactorLibrary versionLibrary(PeriodVersionRecord v) {
    return v.frozen() == null ? libraries.library() : Frozen.library(v.frozen());
  }

  private static YearVersionView view(PeriodVersionRecord r) {
    return new YearVersionView(
        r.year(),
        r.version(),
        r.verifiedBy(),
        r.verifiedAt(),
        r.reopenedBy(),
        r.reopenedAt(),
        r.reopenReason(),
        r.snapshotSha256());
  }
}
