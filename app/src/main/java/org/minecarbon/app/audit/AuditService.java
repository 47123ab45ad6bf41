package org.minecarbon.app.audit;

import java.util.List;

/** Reading the audit trail: a row's history, the group's recent entries, the chain check. */
public interface AuditService {

  /**
   * The audit entries of one row of an enterprise, newest first (the row may have been deleted).
   */
  List<AuditView> rowHistory(long enterpriseId, long rowId);

  /** The entries of the user's group, newest first. */
  List<AuditView> recent(int page, int size);

  /** Walks the whole hash chain. */
  AuditCheck verify();
}
