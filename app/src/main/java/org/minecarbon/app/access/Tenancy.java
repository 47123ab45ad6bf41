package org.minecarbon.app.access;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.EnterpriseRecord;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import org.minecarbon.store.inventory.SiteRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The group (tenant) and scope of the signed-in user. Every enterprise lookup goes through {@link
 * #enterprise}, so an id from another group, or outside the user's enterprise scope, reads as
 * unknown (404), never as forbidden.
 *
 * <p>Site scope: a user limited to some sites of an enterprise sees and changes only sites, and
 * rows of sites, in its scope. A row's site is its {@code site}, or the enterprise's only site when
 * it has just one; a row with no site in an enterprise of several sites is enterprise-level: such a
 * user reads it but does not change it. Results (balance, explanations, uncertainty, reports,
 * export) are computed over {@link #visible(long, Inventory) the inventory filtered to its sites}.
 */
public final class Tenancy {
  private final Store store;
  private final Actor actor;

  public Tenancy(Store store, Actor actor) {
    this.store = store;
    this.actor = actor;
  }

  /** The acting user (403 when nobody is signed in). */
  public AccessUser user() {
    return actor.user().orElseThrow(() -> new ForbiddenException("not signed in"));
  }

  /** The port this tenancy reads the acting user from. */
  public Actor actor() {
    return actor;
  }

  public long groupId() {
    AccessUser u = user();
    if (u.groupId() == null) {
      throw new ForbiddenException("user " + u.username() + " has no group");
    }
    return u.groupId();
  }

  public AccessScope scope() {
    return user().scope();
  }

  /** The enterprise, when it exists in the user's group and scope. */
  public EnterpriseRecord enterprise(long id) {
    long group = groupId();
    AccessScope scope = scope();
    return store
        .inventories()
        .enterprise(id)
        .filter(e -> e.groupId() == group && scope.enterpriseAllowed(id))
        .orElseThrow(() -> new NotFoundException("enterprise", id));
  }

  /** Refuses (403) a user limited to some enterprises or sites: the action needs the group. */
  public void requireWholeGroup(String action) {
    if (!scope().unlimited()) {
      throw new ForbiddenException(
          action + " needs access to the whole group; your account is limited to some enterprises");
    }
  }

  /** Refuses (403) a user limited to some sites of the enterprise. */
  public void requireWholeEnterprise(long enterpriseId, String action) {
    if (scope().siteLimited(enterpriseId)) {
      throw new ForbiddenException(
          action + " changes the whole enterprise; your account is limited to some of its sites");
    }
  }

  /** Refuses (403) a change of data of a site outside the user's site scope. */
  public void requireSite(long enterpriseId, @Nullable String siteCode) {
    AccessScope scope = scope();
    if (!scope.siteLimited(enterpriseId)) {
      return;
    }
    String site = siteCode != null ? siteCode : onlySite(enterpriseId);
    if (!scope.siteAllowed(enterpriseId, site)) {
      throw new ForbiddenException(
          site == null
              ? "enterprise-level rows (no site) are read-only for an account limited to sites"
              : "site " + site + " is outside your scope " + scope.sitesOf(enterpriseId));
    }
  }

  /** Whether the user sees data of this site (enterprise-level data, null, is visible). */
  public boolean siteVisible(long enterpriseId, @Nullable String siteCode) {
    AccessScope scope = scope();
    return siteCode == null || scope.siteAllowed(enterpriseId, siteCode);
  }

  /**
   * Whether the user sees the row with this id (evidence of a row outside the site scope is as
   * unknown as the row); a deleted row (null or missing) is enterprise-level, so visible.
   */
  public boolean rowVisible(long enterpriseId, @Nullable Long rowId) {
    if (rowId == null || !scope().siteLimited(enterpriseId)) {
      return true;
    }
    return store
        .rows()
        .get(enterpriseId, rowId)
        .map(r -> siteVisible(enterpriseId, r.site()))
        .orElse(true);
  }

  /** A key of what the user sees of the enterprise, for caches of computed results. */
  public String cacheKey(long enterpriseId) {
    return scope().cacheKey(enterpriseId);
  }

  /**
   * The enterprise's assembled document as the user may export or view it: for a site-limited user
   * only its sites and the rows of its sites; otherwise unchanged. Results are scoped on the parsed
   * inventory instead ({@link #visible(long, Inventory)}), by the same rule.
   */
  public ObjectNode visibleDocument(long enterpriseId, ObjectNode document) {
    AccessScope scope = scope();
    if (!scope.siteLimited(enterpriseId)) {
      return document;
    }
    Set<String> allowed = scope.sitesOf(enterpriseId);
    ObjectNode copy = document.deepCopy();
    ArrayNode sites = (ArrayNode) copy.path("sites");
    String only = sites.size() == 1 ? sites.get(0).path("id").asString("") : "";
    filter(copy, "sites", s -> allowed.contains(s.path("id").asString("")));
    for (String array : List.of("activities", "sinks", "production")) {
      filter(copy, array, r -> allowed.contains(r.path("site").asString(only)));
    }
    return copy;
  }

  /**
   * The enterprise's inventory as the user's results see it: for a site-limited user only its sites
   * and the rows of its sites (a row without {@code site} belongs to the only site, or, with
   * several sites, to the enterprise and is outside a site-limited user's results); otherwise
   * unchanged. Read from the rows' own site, on core's records. Rows keep the pointers of the
   * enterprise's document, so a figure names the same row for every user. The one place results are
   * scoped.
   */
  public Inventory visible(long enterpriseId, Inventory inventory) {
    AccessScope scope = scope();
    if (!scope.siteLimited(enterpriseId)) {
      return inventory;
    }
    Set<String> allowed = scope.sitesOf(enterpriseId);
    String only = inventory.sites().size() == 1 ? inventory.sites().getFirst().id() : null;
    Predicate<RowMeta> keep =
        m -> {
          String site = m.site() != null ? m.site() : only;
          return site != null && allowed.contains(site);
        };
    return new Inventory(
        inventory.enterprise(),
        inventory.settings(),
        inventory.sites().stream().filter(s -> allowed.contains(s.id())).toList(),
        inventory.activities().stream().filter(r -> keep.test(r.meta())).toList(),
        inventory.sinks().stream().filter(r -> keep.test(r.meta())).toList(),
        inventory.production().stream().filter(r -> keep.test(r.meta())).toList());
  }

  /**
   * The index of a stored row in its document array ({@code /activities/<index>}), when the row is
   * in the user's results ({@link #visible(long, Inventory)}); empty otherwise.
   */
  public OptionalInt indexInResults(long enterpriseId, RowRecord row) {
    List<RowRecord> all = store.rows().list(enterpriseId, RowQuery.of(row.kind()));
    int index = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id() == row.id()) {
        index = i;
      }
    }
    if (index < 0) {
      return OptionalInt.empty();
    }
    AccessScope scope = scope();
    if (scope.siteLimited(enterpriseId)) {
      String site = row.site() != null ? row.site() : onlySite(enterpriseId);
      if (site == null || !scope.sitesOf(enterpriseId).contains(site)) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(index);
  }

  private static void filter(ObjectNode doc, String array, Predicate<JsonNode> keep) {
    if (!(doc.get(array) instanceof ArrayNode a)) {
      return;
    }
    for (int i = a.size() - 1; i >= 0; i--) {
      if (!keep.test(a.get(i))) {
        a.remove(i);
      }
    }
  }

  private @Nullable String onlySite(long enterpriseId) {
    List<SiteRecord> sites = store.inventories().sites(enterpriseId);
    return sites.size() == 1 ? sites.getFirst().code() : null;
  }
}
