package org.minecarbon.app.workflow;

import java.util.List;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.RefusedException;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.period.PeriodRecord;
import tools.jackson.databind.JsonNode;

/**
 * The lock rules of the year workflow, checked inside the write's transaction after {@link #lock}:
 * a year that is not a draft (submitted, reviewed, verified) accepts no change to its rows; while
 * any year is not a draft, the enterprise header and existing sites (which its figures depend on)
 * cannot change and the enterprise cannot be deleted. Adding a site stays allowed.
 */
public final class PeriodLocks {
  private final Store store;

  public PeriodLocks(Store store) {
    this.store = store;
  }

  /** Serializes this transaction with workflow transitions of the enterprise. */
  public void lock(long enterpriseId) {
    store.periods().lockEnterprise(enterpriseId);
  }

  /** Refuses a change to the rows of a year that is not a draft. */
  public void requireDraft(long enterpriseId, int year) {
    PeriodRecord p = store.periods().get(enterpriseId, year);
    if (PeriodStatus.of(p) != PeriodStatus.DRAFT) {
      throw locked(p, "its rows cannot change");
    }
  }

  /**
   * Refuses a change to the row's year, when the row has a period that core reads ({@link
   * Period#parse}); a row without one is refused by validation instead.
   */
  public void requireDraft(long enterpriseId, JsonNode row) {
    Period.parse(row.path("period").asString(""))
        .ifPresent(p -> requireDraft(enterpriseId, p.year()));
  }

  /** Refuses a change (header, sites, deletion) while any year of the enterprise is not a draft. */
  public void requireNoneFrozen(long enterpriseId, String what) {
    List<PeriodRecord> frozen = store.periods().frozen(enterpriseId);
    if (!frozen.isEmpty()) {
      throw locked(frozen.getFirst(), what + " cannot change while a year is not a draft");
    }
  }

  /**
   * Refuses adding a site while a year is not a draft when the enterprise has exactly one site and
   * rows without {@code site}: those rows belong to the only site implicitly, and a second site
   * would leave them unassigned (changing locked figures). Otherwise adding a site is allowed.
   */
  public void requireSiteAddable(long enterpriseId) {
    List<PeriodRecord> frozen = frozen(enterpriseId);
    if (!frozen.isEmpty()
        && store.inventories().sites(enterpriseId).size() == 1
        && store.rows().list(enterpriseId, RowQuery.ALL).stream().anyMatch(r -> r.site() == null)) {
      throw locked(
          frozen.getFirst(),
          "a second site cannot be added while rows rely on the only site implicitly");
    }
  }

  /** The years that are not drafts. */
  public List<PeriodRecord> frozen(long enterpriseId) {
    return store.periods().frozen(enterpriseId);
  }

  public static RefusedException locked(PeriodRecord p, String consequence) {
    String how =
        PeriodStatus.of(p) == PeriodStatus.VERIFIED
            ? "; reopen it with a reason to correct it"
            : "; return it to draft to change its data";
    String message =
        p.year() + " is " + p.status() + " (version " + p.version() + "): " + consequence + how;
    return new RefusedException(
        409,
        Issue.error(
            AppCodes.PERIOD_LOCKED, "", message, String.valueOf(p.year()), "a year in draft"));
  }
}
