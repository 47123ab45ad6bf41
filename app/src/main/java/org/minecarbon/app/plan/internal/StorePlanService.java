package org.minecarbon.app.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.plan.PlanDownload;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.zone.ProvinceEnergy;
import org.minecarbon.planning.zone.ZoneClassifier;
import org.minecarbon.planning.zone.Zoning;
import org.minecarbon.report.plan.PlanPdf;
import org.minecarbon.report.plan.PlanWorkbook;
import org.minecarbon.store.Store;
import org.minecarbon.store.plan.PlanVersionRecord;
import org.minecarbon.store.plan.ProvinceEnergyRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans in the store (V11), one row per version; runs through {@link PlanRuns}. Every change is
 * recorded in the audit trail in the same transaction (entity {@code plan}); changes need {@link
 * Permission#EDIT_DATA}, also checked here (the web adapter checks it first).
 */
public class StorePlanService implements PlanService {
  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final InventoryService inventories;
  private final AuditTrail audit;
  private final PlanRuns runs;

  public StorePlanService(
      Store store,
      Tenancy tenancy,
      Libraries libraries,
      InventoryService inventories,
      AuditTrail audit,
      PlanRuns runs) {
    this.store = store;
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.inventories = inventories;
    this.audit = audit;
    this.runs = runs;
  }

  @Override
  public List<PlanVersion> list(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store.plans().latestOfEach(enterpriseId).stream().map(StorePlanService::view).toList();
  }

  @Override
  public PlanVersion create(long enterpriseId, JsonNode document) {
    tenancy.enterprise(enterpriseId);
    requireEdit();
    ObjectNode stored = checked(enterpriseId, document);
    String name = PlanInputs.name(stored, new ArrayList<>());
    String actor = tenancy.actor().name();
    PlanVersionRecord rec =
        store.inTransaction(
            () -> {
              PlanVersionRecord r =
                  store.plans().create(enterpriseId, name, stored.toString(), actor);
              record(enterpriseId, r.planId(), "create", null, r);
              return r;
            });
    return view(rec);
  }

  @Override
  public PlanVersion save(long enterpriseId, long planId, JsonNode document) {
    PlanVersion before = get(enterpriseId, planId, null);
    requireEdit();
    ObjectNode stored = checked(enterpriseId, document);
    String name = PlanInputs.name(stored, new ArrayList<>());
    String actor = tenancy.actor().name();
    PlanVersionRecord rec =
        store.inTransaction(
            () -> {
              PlanVersionRecord r =
                  store
                      .plans()
                      .addVersion(enterpriseId, planId, name, stored.toString(), actor)
                      .orElseThrow(() -> new NotFoundException("plan", planId));
              audit.record(
                  enterpriseId,
                  "plan",
                  Long.toString(planId),
                  "update",
                  summary(before),
                  summary(view(r)),
                  tenancy.actor().reason());
              return r;
            });
    return view(rec);
  }

  @Override
  public List<PlanVersion> versions(long enterpriseId, long planId) {
    tenancy.enterprise(enterpriseId);
    List<PlanVersion> all =
        store.plans().versions(enterpriseId, planId).stream().map(StorePlanService::view).toList();
    if (all.isEmpty()) {
      throw new NotFoundException("plan", planId);
    }
    return all;
  }

  @Override
  public PlanVersion get(long enterpriseId, long planId, @Nullable Integer version) {
    tenancy.enterprise(enterpriseId);
    var rec =
        version == null
            ? store.plans().latest(enterpriseId, planId)
            : store.plans().version(enterpriseId, planId, version);
    return view(
        rec.orElseThrow(
            () ->
                new NotFoundException(
                    "plan", version == null ? planId : planId + " version " + version)));
  }

  @Override
  public void delete(long enterpriseId, long planId) {
    PlanVersion before = get(enterpriseId, planId, null);
    requireEdit();
    store.inTransaction(
        () -> {
          if (!store.plans().delete(enterpriseId, planId)) {
            throw new NotFoundException("plan", planId);
          }
          audit.record(
              enterpriseId,
              "plan",
              Long.toString(planId),
              "delete",
              summary(before),
              null,
              tenancy.actor().reason());
        });
  }

  @Override
  public PlanJob run(long enterpriseId, long planId, @Nullable Integer version) {
    PlanVersion v = get(enterpriseId, planId, version);
    requireEdit();
    var inventory = inventories.checked(enterpriseId);
    ObjectNode stored = (ObjectNode) v.document();
    PlanDocument doc = PlanInputs.prepared(stored, inventory, libraries.library());
    // the job is queued outside a transaction (its thread writes the job row); the trail follows
    PlanJob job =
        runs.start(v, doc, PlanInputs.scenarioDocuments(stored, inventory, libraries.library()));
    ObjectNode after = JsonCodec.mapper().createObjectNode();
    after.put("version", v.version());
    after.put("job", job.id());
    store.inTransaction(
        () ->
            audit.record(
                enterpriseId,
                "plan",
                Long.toString(planId),
                "run",
                null,
                after,
                tenancy.actor().reason()));
    return job;
  }

  @Override
  public List<PlanJob> runs(long enterpriseId, long planId) {
    get(enterpriseId, planId, null);
    return runs.list(enterpriseId, planId);
  }

  @Override
  public PlanJob job(long enterpriseId, long planId, String jobId) {
    tenancy.enterprise(enterpriseId);
    return runs.job(enterpriseId, planId, jobId);
  }

  @Override
  public PlanJob cancel(long enterpriseId, long planId, String jobId) {
    tenancy.enterprise(enterpriseId);
    requireEdit();
    return runs.cancel(enterpriseId, planId, jobId);
  }

  @Override
  public String mps(long enterpriseId, long planId, String jobId) {
    tenancy.enterprise(enterpriseId);
    return runs.mps(enterpriseId, planId, jobId);
  }

  @Override
  public byte[] xlsx(long enterpriseId, long planId, String jobId) {
    PlanJob job = job(enterpriseId, planId, jobId);
    JsonNode result = job.result();
    if (result == null) {
      throw new NotFoundException("plan run result", jobId);
    }
    PlanVersion v = get(enterpriseId, planId, job.version());
    return PlanWorkbook.write(result, job.baseline(), v.document());
  }

  @Override
  public List<ProvinceEnergy> provinceEnergy() {
    return store.plans().provinceEnergy(tenancy.groupId()).stream()
        .map(
            r ->
                new ProvinceEnergy(
                    r.province(),
                    r.year(),
                    r.production(),
                    r.consumption(),
                    r.newEnergyShare(),
                    r.source()))
        .toList();
  }

  @Override
  public void putProvinceEnergy(List<ProvinceEnergy> rows) {
    if (!tenancy.user().can(Permission.MANAGE_CATALOG)) {
      throw new ForbiddenException("provinces' energy data needs the permission MANAGE_CATALOG");
    }
    tenancy.requireWholeGroup("changing provinces' energy data");
    long group = tenancy.groupId();
    String actor = tenancy.actor().name();
    store.inTransaction(
        () -> {
          for (ProvinceEnergy p : rows) {
            store
                .plans()
                .putProvinceEnergy(
                    new ProvinceEnergyRecord(
                        group,
                        p.province(),
                        p.year(),
                        p.production(),
                        p.consumption(),
                        p.newEnergyShare(),
                        p.source(),
                        actor));
            ObjectNode after = JsonCodec.mapper().createObjectNode();
            after.put("production", p.production());
            after.put("consumption", p.consumption());
            after.put("newEnergyShare", p.newEnergyShare());
            after.put("source", p.source());
            audit.record(
                0,
                "province_energy",
                p.province() + "/" + p.year(),
                "update",
                null,
                after,
                tenancy.actor().reason());
          }
        });
  }

  @Override
  public Optional<Zoning> zoning(long enterpriseId) {
    String province =
        tenancy.enterprise(enterpriseId).header().path("enterprise").path("province").asString("");
    if (province.isBlank()) {
      return Optional.empty();
    }
    return provinceEnergy().stream()
        .filter(p -> p.province().equals(province.strip()))
        .max(Comparator.comparingInt(ProvinceEnergy::year))
        .map(ZoneClassifier::classify);
  }

  @Override
  public PlanDownload pdf(long enterpriseId, long planId, String jobId) {
    PlanJob job = job(enterpriseId, planId, jobId);
    JsonNode result = job.result();
    if (result == null) {
      throw new NotFoundException("plan run result", jobId);
    }
    PlanVersion v = get(enterpriseId, planId, job.version());
    String enterprise = tenancy.enterprise(enterpriseId).name();
    return new PlanDownload(
        PlanPdf.fileName(enterprise, v.name(), v.version()),
        PlanPdf.write(result, v.document(), enterprise, v.name(), v.version()));
  }

  /** The document as it will be stored, after every check against the inventory as it is now. */
  private ObjectNode checked(long enterpriseId, JsonNode document) {
    ObjectNode stored = PlanInputs.stored(document);
    var inventory = inventories.checked(enterpriseId);
    PlanInputs.prepared(stored, inventory, libraries.library());
    PlanInputs.scenarioDocuments(stored, inventory, libraries.library());
    return stored;
  }

  private void requireEdit() {
    if (!tenancy.user().can(Permission.EDIT_DATA)) {
      throw new ForbiddenException("changing or running a plan needs the permission EDIT_DATA");
    }
  }

  private void record(
      long enterpriseId,
      long planId,
      String action,
      @Nullable PlanVersion before,
      PlanVersionRecord r) {
    audit.record(
        enterpriseId,
        "plan",
        Long.toString(planId),
        action,
        before == null ? null : summary(before),
        summary(view(r)),
        tenancy.actor().reason());
  }

  /** What the trail keeps of a version: name, version and the whole document. */
  private static ObjectNode summary(PlanVersion v) {
    ObjectNode o = JsonCodec.mapper().createObjectNode();
    o.put("name", v.name());
    o.put("version", v.version());
    o.set("document", v.document());
    return o;
  }

  private static PlanVersion view(PlanVersionRecord r) {
    return new PlanVersion(
        r.planId(),
        r.enterpriseId(),
        r.version(),
        r.name(),
        JsonCodec.mapper().readTree(r.documentJson()),
        r.author(),
        r.createdAt());
  }
}
