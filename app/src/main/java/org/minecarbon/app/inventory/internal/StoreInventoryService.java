package org.minecarbon.app.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.enterprise.Headers;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows of an enterprise. A new or changed row is checked as validating the enterprise's whole
 * document would check it (site references, duplicate ids and the factor set, as the CLI would),
 * but reading only the header, sites and row ids ({@link RowChecks}); the issues about that row are
 * reported with pointers relative to the row.
 */
public class StoreInventoryService implements InventoryService {
  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final PeriodLocks locks;
  private final AuditTrail audit;

  public StoreInventoryService(
      Store store, Tenancy tenancy, Libraries libraries, PeriodLocks locks, AuditTrail audit) {
    this.store = store;
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.locks = locks;
    this.audit = audit;
  }

  @Override
  public List<RowView> rows(long enterpriseId, RowFilter filter) {
    tenancy.enterprise(enterpriseId);
    RowQuery query = new RowQuery(filter.kind(), filter.year(), filter.month(), filter.site());
    return store.rows().list(enterpriseId, query).stream()
        .map(StoreInventoryService::view)
        .toList();
  }

  @Override
  public RowView row(long enterpriseId, long rowId) {
    tenancy.enterprise(enterpriseId);
    return view(record(enterpriseId, rowId));
  }

  @Override
  public RowView addRow(long enterpriseId, RowKind kind, ObjectNode doc) {
    tenancy.enterprise(enterpriseId);
    locks.requireDraft(enterpriseId, doc);
    check(enterpriseId, kind, doc, null);
    return store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          locks.requireDraft(enterpriseId, doc);
          long id = store.rows().add(enterpriseId, kind, doc);
          RowRecord added = record(enterpriseId, id);
          audit.record(enterpriseId, "row", String.valueOf(id), "create", null, added.doc(), null);
          return view(added);
        });
  }

  @Override
  public RowView updateRow(
      long enterpriseId, long rowId, ObjectNode doc, @Nullable Long expectedVersion) {
    tenancy.enterprise(enterpriseId);
    RowRecord current = record(enterpriseId, rowId);
    locks.requireDraft(enterpriseId, current.year());
    locks.requireDraft(enterpriseId, doc);
    check(enterpriseId, current.kind(), doc, rowId);
    return store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          RowRecord before = record(enterpriseId, rowId);
          locks.requireDraft(enterpriseId, before.year());
          locks.requireDraft(enterpriseId, doc);
          store.rows().update(enterpriseId, rowId, doc, expectedVersion);
          RowRecord after = record(enterpriseId, rowId);
          String id = String.valueOf(rowId);
          audit.record(enterpriseId, "row", id, "update", before.doc(), after.doc(), null);
          return view(after);
        });
  }

  @Override
  public void deleteRow(long enterpriseId, long rowId) {
    tenancy.enterprise(enterpriseId);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          RowRecord before = record(enterpriseId, rowId);
          locks.requireDraft(enterpriseId, before.year());
          if (!store.rows().delete(enterpriseId, rowId)) {
            throw new NotFoundException("row", rowId);
          }
          audit.record(
              enterpriseId, "row", String.valueOf(rowId), "delete", before.doc(), null, null);
        });
  }

  @Override
  public void applyAll(long enterpriseId, List<RowChange> changes) {
    tenancy.enterprise(enterpriseId);
    List<Issue> all = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      String prefix = "/changes/" + i;
      switch (changes.get(i)) {
        case RowChange.Add a -> issues(enterpriseId, a.kind(), a.doc(), null, prefix, all);
        case RowChange.Update u -> {
          RowRecord current = record(enterpriseId, u.rowId());
          issues(enterpriseId, current.kind(), u.doc(), u.rowId(), prefix, all);
        }
        case RowChange.Delete d -> record(enterpriseId, d.rowId());
      }
    }
    InvalidInputException.throwOnErrors("invalid rows", all);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          changes.forEach(c -> apply(enterpriseId, c));
        });
  }

  /** One checked change inside the batch's transaction, audited like a single change. */
  private void apply(long enterpriseId, RowChange change) {
    switch (change) {
      case RowChange.Add a -> {
        locks.requireDraft(enterpriseId, a.doc());
        long id = store.rows().add(enterpriseId, a.kind(), a.doc());
        RowRecord added = record(enterpriseId, id);
        audit.record(enterpriseId, "row", String.valueOf(id), "create", null, added.doc(), null);
      }
      case RowChange.Update u -> {
        RowRecord before = record(enterpriseId, u.rowId());
        locks.requireDraft(enterpriseId, before.year());
        locks.requireDraft(enterpriseId, u.doc());
        store.rows().update(enterpriseId, u.rowId(), u.doc(), u.expectedVersion());
        RowRecord after = record(enterpriseId, u.rowId());
        String id = String.valueOf(u.rowId());
        audit.record(enterpriseId, "row", id, "update", before.doc(), after.doc(), null);
      }
      case RowChange.Delete d -> {
        RowRecord before = record(enterpriseId, d.rowId());
        locks.requireDraft(enterpriseId, before.year());
        store.rows().delete(enterpriseId, d.rowId());
        String id = String.valueOf(d.rowId());
        audit.record(enterpriseId, "row", id, "delete", before.doc(), null, null);
      }
    }
  }

  /** The issues of one row of a batch, their pointers prefixed with the change's index. */
  private void issues(
      long enterpriseId,
      RowKind kind,
      ObjectNode doc,
      @Nullable Long rowId,
      String prefix,
      List<Issue> out) {
    ObjectNode skeleton =
        store
            .inventories()
            .skeleton(enterpriseId)
            .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
    for (Issue i :
        RowChecks.issues(
            skeleton, store.rows().keys(enterpriseId), kind, doc, rowId, libraries.library())) {
      out.add(
          new Issue(
              i.code(),
              i.severity(),
              i.message(),
              prefix + i.pointer(),
              i.value(),
              i.expected(),
              i.location()));
    }
  }

  @Override
  public List<Integer> years(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store.inventories().years(enterpriseId);
  }

  @Override
  public void openPeriod(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    if (year < 1900 || year > 2200) {
      throw new InvalidInputException(
          Issue.error(Codes.INVALID_PERIOD, "", "year out of range", year, "1900–2200"));
    }
    store.inTransaction(
        () -> {
          boolean isNew = !store.inventories().years(enterpriseId).contains(year);
          store.inventories().openPeriod(enterpriseId, year);
          if (isNew) {
            audit.record(enterpriseId, "period", String.valueOf(year), "open", null, null, null);
          }
        });
  }

  @Override
  public ObjectNode document(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store
        .inventories()
        .document(enterpriseId)
        .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
  }

  @Override
  public Inventory inventory(long enterpriseId) {
    return checked(enterpriseId).inventory();
  }

  @Override
  public DocumentChecks.Checked checked(long enterpriseId) {
    return DocumentChecks.checked(document(enterpriseId), libraries.library());
  }

  /**
   * Checks the row as validating the whole document would, reading only the enterprise's header,
   * sites and row ids ({@link RowChecks}); issues point into the row.
   */
  private void check(long enterpriseId, RowKind kind, ObjectNode doc, @Nullable Long rowId) {
    ObjectNode skeleton =
        store
            .inventories()
            .skeleton(enterpriseId)
            .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
    List<Issue> mine =
        RowChecks.issues(
            skeleton, store.rows().keys(enterpriseId), kind, doc, rowId, libraries.library());
    InvalidInputException.throwOnErrors("invalid " + kind.code() + " row", mine);
  }

  private RowRecord record(long enterpriseId, long rowId) {
    return store
        .rows()
        .get(enterpriseId, rowId)
        .orElseThrow(() -> new NotFoundException("row", rowId));
  }

  static RowView view(RowRecord r) {
    String typeField =
        switch (r.kind()) {
          case ACTIVITY -> "source";
          case SINK -> "sink";
          case PRODUCTION -> "product";
        };
    String type = Headers.text(r.doc(), typeField);
    String period = Headers.text(r.doc(), "period");
    return new RowView(
        r.id(),
        r.kind(),
        type == null ? "" : type,
        period == null ? String.valueOf(r.year()) : period,
        r.year(),
        r.month(),
        r.site(),
        r.key(),
        r.doc(),
        r.version());
  }
}
