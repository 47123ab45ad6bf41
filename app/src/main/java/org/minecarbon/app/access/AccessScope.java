package org.minecarbon.app.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.user.ScopeGrant;

/**
 * Which enterprises and sites of its group a user works on.
 *
 * @param enterprises the enterprises, or null for all of the group
 * @param sites for an enterprise limited to some sites, their codes; an enterprise not in this map
 *     is not limited (all its sites)
 */
public record AccessScope(@Nullable Set<Long> enterprises, Map<Long, Set<String>> sites) {
  /** The whole group. */
  public static final AccessScope UNLIMITED = new AccessScope(null, Map.of());

  public AccessScope {
    enterprises = enterprises == null ? null : Set.copyOf(enterprises);
    Map<Long, Set<String>> copy = new HashMap<>();
    sites.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    sites = Map.copyOf(copy);
  }

  /** The scope from stored grants (a grant without a site wins over site grants). */
  public static AccessScope of(List<ScopeGrant> grants) {
    if (grants.isEmpty()) {
      return UNLIMITED;
    }
    Set<Long> enterprises = new HashSet<>();
    Set<Long> whole = new HashSet<>();
    Map<Long, Set<String>> sites = new HashMap<>();
    for (ScopeGrant g : grants) {
      enterprises.add(g.enterpriseId());
      if (g.siteCode() == null) {
        whole.add(g.enterpriseId());
      } else {
        sites.computeIfAbsent(g.enterpriseId(), k -> new HashSet<>()).add(g.siteCode());
      }
    }
    whole.forEach(sites::remove);
    return new AccessScope(enterprises, sites);
  }

  /** The grants that store this scope. */
  public List<ScopeGrant> grants() {
    if (enterprises == null) {
      return List.of();
    }
    return enterprises.stream()
        .sorted()
        .flatMap(
            e ->
                sites.containsKey(e)
                    ? new TreeSet<>(sites.get(e)).stream().map(s -> new ScopeGrant(e, s))
                    : java.util.stream.Stream.of(new ScopeGrant(e, null)))
        .toList();
  }

  public boolean unlimited() {
    return enterprises == null;
  }

  public boolean enterpriseAllowed(long enterpriseId) {
    return enterprises == null || enterprises.contains(enterpriseId);
  }

  /** Whether the user sees only some sites of this enterprise. */
  public boolean siteLimited(long enterpriseId) {
    return sites.containsKey(enterpriseId);
  }

  /**
   * Whether the user may change data of this site ({@code null}: enterprise-level data, which a
   * site-limited user reads but does not change).
   */
  public boolean siteAllowed(long enterpriseId, @Nullable String siteCode) {
    if (!siteLimited(enterpriseId)) {
      return true;
    }
    return siteCode != null && sites.get(enterpriseId).contains(siteCode);
  }

  /** The sites of a site-limited enterprise (empty when not limited). */
  public Set<String> sitesOf(long enterpriseId) {
    return sites.getOrDefault(enterpriseId, Set.of());
  }

  /** A key that differs for scopes that see different data of the enterprise (for caches). */
  public String cacheKey(long enterpriseId) {
    return siteLimited(enterpriseId)
        ? enterpriseId + "|" + String.join(",", new TreeSet<>(sitesOf(enterpriseId)))
        : String.valueOf(enterpriseId);
  }
}
