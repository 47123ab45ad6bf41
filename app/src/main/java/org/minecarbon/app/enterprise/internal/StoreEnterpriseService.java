package org.minecarbon.app.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.enterprise.EnterpriseInput;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.app.enterprise.Headers;
import org.minecarbon.app.enterprise.SiteInput;
import org.minecarbon.app.enterprise.SiteView;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.EnterpriseRecord;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import org.minecarbon.store.inventory.SiteRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enterprises and sites. Changes are validated by reading the enterprise's whole document with the
 * change applied, so the rules (codes, site references, factor set) are io's and core's.
 */
public class StoreEnterpriseService implements EnterpriseService {
  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final PeriodLocks locks;
  private final AuditTrail audit;

  public StoreEnterpriseService(
      Store store, Tenancy tenancy, Libraries libraries, PeriodLocks locks, AuditTrail audit) {
    this.store = store;
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.locks = locks;
    this.audit = audit;
  }

  @Override
  public List<EnterpriseView> list() {
    return store.inventories().enterprises(tenancy.groupId()).stream().map(Headers::view).toList();
  }

  @Override
  public EnterpriseView get(long id) {
    return Headers.view(tenancy.enterprise(id));
  }

  @Override
  public EnterpriseView create(EnterpriseInput input) {
    long group = tenancy.groupId();
    ObjectNode header = Headers.header(input);
    checkHeader(emptyDocument(header));
    long id =
        store.inTransaction(
            () -> {
              long created = store.inventories().createEnterprise(group, header);
              audit.record(
                  created, "enterprise", String.valueOf(created), "create", null, header, null);
              return created;
            });
    return get(id);
  }

  @Override
  public EnterpriseView update(long id, EnterpriseInput input) {
    EnterpriseRecord current = tenancy.enterprise(id);
    locks.requireNoneFrozen(id, "the enterprise header");
    ObjectNode header = Headers.header(input);
    ObjectNode doc = store.inventories().document(id).orElseThrow();
    doc.set("enterprise", header.get("enterprise"));
    doc.remove("settings");
    if (header.has("settings")) {
      doc.set("settings", header.get("settings"));
    }
    checkHeader(doc);
    store.inTransaction(
        () -> {
          locks.lock(id);
          locks.requireNoneFrozen(id, "the enterprise header");
          ObjectNode before = store.inventories().enterprise(id).orElseThrow().header();
          store.inventories().updateEnterprise(current.id(), header, null);
          audit.record(id, "enterprise", String.valueOf(id), "update", before, header, null);
        });
    return get(id);
  }

  @Override
  public void delete(long id) {
    tenancy.enterprise(id);
    store.inTransaction(
        () -> {
          locks.lock(id);
          locks.requireNoneFrozen(id, "the enterprise");
          ObjectNode before = store.inventories().document(id).orElseThrow();
          audit.record(id, "enterprise", String.valueOf(id), "delete", before, null, null);
          store.inventories().deleteEnterprise(id);
        });
  }

  @Override
  public List<SiteView> sites(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store.inventories().sites(enterpriseId).stream().map(Headers::view).toList();
  }

  @Override
  public SiteView site(long enterpriseId, long siteId) {
    tenancy.enterprise(enterpriseId);
    return Headers.view(siteRecord(enterpriseId, siteId));
  }

  @Override
  public SiteView addSite(long enterpriseId, SiteInput input) {
    tenancy.enterprise(enterpriseId);
    locks.requireSiteAddable(enterpriseId);
    ObjectNode site = Headers.site(input);
    ObjectNode doc = store.inventories().document(enterpriseId).orElseThrow();
    ArrayNode sites = (ArrayNode) doc.get("sites");
    sites.add(site);
    checkSite(doc, sites.size() - 1);
    long id =
        store.inTransaction(
            () -> {
              locks.lock(enterpriseId);
              locks.requireSiteAddable(enterpriseId);
              long added = store.inventories().addSite(enterpriseId, site);
              audit.record(enterpriseId, "site", String.valueOf(added), "create", null, site, null);
              return added;
            });
    return site(enterpriseId, id);
  }

  @Override
  public SiteView updateSite(long enterpriseId, long siteId, SiteInput input) {
    tenancy.enterprise(enterpriseId);
    locks.requireNoneFrozen(enterpriseId, "the sites");
    SiteRecord current = siteRecord(enterpriseId, siteId);
    if (!current.code().equals(input.code())) {
      requireUnused(enterpriseId, current, false);
    }
    ObjectNode site = Headers.site(input);
    ObjectNode doc = store.inventories().document(enterpriseId).orElseThrow();
    int index = indexOf(enterpriseId, siteId);
    ((ArrayNode) doc.get("sites")).set(index, site);
    checkSite(doc, index);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          locks.requireNoneFrozen(enterpriseId, "the sites");
          ObjectNode before = siteRecord(enterpriseId, siteId).doc();
          store.inventories().updateSite(enterpriseId, siteId, site, null);
          String sid = String.valueOf(siteId);
          audit.record(enterpriseId, "site", sid, "update", before, site, null);
        });
    return site(enterpriseId, siteId);
  }

  @Override
  public void deleteSite(long enterpriseId, long siteId) {
    tenancy.enterprise(enterpriseId);
    locks.requireNoneFrozen(enterpriseId, "the sites");
    requireUnused(enterpriseId, siteRecord(enterpriseId, siteId), true);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          locks.requireNoneFrozen(enterpriseId, "the sites");
          ObjectNode before = siteRecord(enterpriseId, siteId).doc();
          store.inventories().deleteSite(enterpriseId, siteId);
          String sid = String.valueOf(siteId);
          audit.record(enterpriseId, "site", sid, "delete", before, null, null);
        });
  }

  private SiteRecord siteRecord(long enterpriseId, long siteId) {
    return store
        .inventories()
        .site(enterpriseId, siteId)
        .orElseThrow(() -> new NotFoundException("site", siteId));
  }

  private int indexOf(long enterpriseId, long siteId) {
    List<SiteRecord> sites = store.inventories().sites(enterpriseId);
    for (int i = 0; i < sites.size(); i++) {
      if (sites.get(i).id() == siteId) {
        return i;
      }
    }
    throw new NotFoundException("site", siteId);
  }

  /**
   * Refuses to remove or rename a site that rows name; when it is the only site, rows without a
   * {@code site} belong to it too (for a delete).
   */
  private void requireUnused(long enterpriseId, SiteRecord site, boolean implicitToo) {
    List<RowRecord> rows = store.rows().list(enterpriseId, RowQuery.ALL);
    boolean only = store.inventories().sites(enterpriseId).size() == 1;
    long used =
        rows.stream()
            .filter(r -> site.code().equals(r.site()) || implicitToo && only && r.site() == null)
            .count();
    if (used > 0) {
      throw new InvalidInputException(
          Issue.error(
              AppCodes.SITE_IN_USE,
              "/id",
              "site " + site.code() + " is used by " + used + " rows; move or delete them first",
              site.code(),
              "a site no row refers to"));
    }
  }

  private void checkHeader(ObjectNode doc) {
    List<Issue> issues = new ArrayList<>(DocumentChecks.check(doc, libraries.library()).issues());
    issues.removeIf(
        i -> !i.pointer().startsWith("/enterprise") && !i.pointer().startsWith("/settings"));
    String name = doc.path("enterprise").path("name").asString("");
    if (name.isBlank()) {
      issues.add(0, Issue.error(Codes.REQUIRED, "/enterprise/name", "the enterprise needs a name"));
    }
    InvalidInputException.throwOnErrors("invalid enterprise", issues);
  }

  private void checkSite(ObjectNode doc, int index) {
    List<Issue> all = DocumentChecks.check(doc, libraries.library()).issues();
    InvalidInputException.throwOnErrors(
        "invalid site", DocumentChecks.issuesUnder(all, "/sites/" + index));
  }

  private static ObjectNode emptyDocument(ObjectNode header) {
    ObjectNode doc = header.deepCopy();
    doc.put("format", org.minecarbon.core.inventory.Inventory.FORMAT);
    doc.putArray("sites");
    doc.putArray("activities");
    doc.putArray("sinks");
    doc.putArray("production");
    return doc;
  }
}
