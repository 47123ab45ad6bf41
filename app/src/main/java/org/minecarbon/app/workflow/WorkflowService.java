package org.minecarbon.app.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.RefusedException;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;

/**
 * The reporting-year workflow: draft → submitted → reviewed → verified (locked); {@code return}
 * sends a submitted or reviewed year back to draft, {@code reopen} a verified one (with a reason
 * and a new version). Every transition is recorded in the audit trail.
 *
 * @see RefusedException for transitions not allowed from the year's status (409) and missing
 *     reasons (400)
 */
public interface WorkflowService {

  YearStatus status(long enterpriseId, int year);

  YearStatus submit(long enterpriseId, int year, @Nullable String reason);

  YearStatus review(long enterpriseId, int year, @Nullable String reason);

  /** Back to draft from submitted or reviewed; the reason is required. */
  YearStatus returnToDraft(long enterpriseId, int year, @Nullable String reason);

  /** Verifies a reviewed year: stores the snapshot of its rows as this version and locks it. */
  YearStatus verify(long enterpriseId, int year, @Nullable String reason);

  /** Reopens a verified year (draft, version + 1); the reason is required. */
  YearStatus reopen(long enterpriseId, int year, @Nullable String reason);

  List<YearVersionView> versions(long enterpriseId, int year);

  /** The inventory of a verified version, read from its snapshot. */
  Inventory versionInventory(long enterpriseId, int year, int version);

  /**
   * A verified version read once for its reports: inventory, balance and the benchmarks it compares
   * with, all as frozen at its verification (for versions verified before benchmarks were kept: the
   * group's current ones).
   */
  VerifiedVersion verifiedVersion(long enterpriseId, int year, int version);

  /**
   * The balance of a verified version, computed from its snapshot with the factor sets as frozen at
   * its verification.
   */
  Balance versionBalance(long enterpriseId, int year, int version);
}
