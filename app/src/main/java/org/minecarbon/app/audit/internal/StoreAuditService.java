package org.minecarbon.app.audit.internal;

import java.util.List;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditCheck;
import org.minecarbon.app.audit.AuditService;
import org.minecarbon.app.audit.AuditView;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.audit.AuditVerification;

/**
 * The audit trail as users see it: always filtered to the user's group (the chain itself is global,
 * so the chain check reports only ok / the first broken seq).
 */
public class StoreAuditService implements AuditService {
  private final Store store;
  private final Tenancy tenancy;

  public StoreAuditService(Store store, Tenancy tenancy) {
    this.store = store;
    this.tenancy = tenancy;
  }

  @Override
  public List<AuditView> rowHistory(long enterpriseId, long rowId) {
    long group = tenancy.enterprise(enterpriseId).groupId();
    if (!tenancy.rowVisible(enterpriseId, rowId)) { // site scope (access)
      throw new NotFoundException("row", rowId);
    }
    List<AuditView> history =
        store
            .audit()
            .list(new AuditQuery(group, enterpriseId, "row", String.valueOf(rowId), 0, 500))
            .stream()
            .map(AuditView::of)
            .toList();
    // a row that never existed in this enterprise (or another's id) is unknown, not an empty
    // history
    if (history.isEmpty() && store.rows().get(enterpriseId, rowId).isEmpty()) {
      throw new NotFoundException("row", rowId);
    }
    return history;
  }

  @Override
  public List<AuditView> recent(int page, int size) {
    tenancy.requireWholeGroup("the group's audit trail"); // scope (access)
    int s = Math.clamp(size, 1, 500);
    int offset = Math.max(0, page) * s;
    return store
        .audit()
        .list(new AuditQuery(tenancy.groupId(), null, null, null, offset, s))
        .stream()
        .map(AuditView::of)
        .toList();
  }

  @Override
  public AuditCheck verify() {
    tenancy.groupId();
    AuditVerification v = store.audit().verify();
    if (!v.ok() && v.firstBroken() == null) {
      // a snapshot problem names enterprises, possibly of other tenants: say only that it exists
      return new AuditCheck(
          false,
          v.entries(),
          null,
          "the audit chain verifies, but a verified year's snapshot or its live data does not match"
              + " what was recorded when it was verified; the operator's `minecarbon audit verify`"
              + " names it");
    }
    return new AuditCheck(v.ok(), v.entries(), v.firstBroken(), v.message());
  }
}
