package org.minecarbon.app.balance.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.store.Store;

/**
 * The balance by core's {@link BalanceCalculator}, on the inventory read back through io. A balance
 * is cached per enterprise with the enterprise's revision and the factor library's generation it
 * was computed at; any change to the enterprise's data bumps the revision, so a cached balance is
 * never stale. The revision is read before the document, so a cached balance is at least as new as
 * its revision.
 */
public class EngineBalanceService implements BalanceService {
  private static final int MAX_CACHED = 1000;

  private final InventoryService inventories;
  private final Libraries libraries;
  private final Store store;
  private final Tenancy tenancy;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public EngineBalanceService(
      InventoryService inventories, Libraries libraries, Store store, Tenancy tenancy) {
    this.inventories = inventories;
    this.libraries = libraries;
    this.store = store;
    this.tenancy = tenancy;
  }

  private record Cached(long revision, long generation, Balance balance) {}

  @Override
  public Balance balance(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    long revision = store.inventories().revision(enterpriseId);
    long generation = libraries.generation();
    String key = tenancy.cacheKey(enterpriseId); // a site-limited user's balance is its own
    Cached hit = cache.get(key);
    if (hit != null && hit.revision() == revision && hit.generation() == generation) {
      return hit.balance();
    }
    Balance balance = compute(enterpriseId);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, new Cached(revision, generation, balance));
    return balance;
  }

  private Balance compute(long enterpriseId) {
    FactorLibrary library = libraries.library();
    DocumentChecks.Checked checked = inventories.checked(enterpriseId); // validated once, here
    Result<Balance> result =
        new BalanceCalculator(library).calculate(checked.inventory(), checked.validation());
    if (result instanceof Result.Ok<Balance> ok) {
      return ok.value();
    }
    throw new InvalidInputException("the balance cannot be calculated", result.errors());
  }

  @Override
  public FactorLibrary library() {
    return libraries.library();
  }
}
