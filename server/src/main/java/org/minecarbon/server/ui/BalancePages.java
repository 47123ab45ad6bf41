package org.minecarbon.server.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.SiteView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Codes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the dashboard and balance pages share: the enterprise's balance (or the issues that keep it
 * from being computed), site names and the benchmarks to compare against.
 */
@Component
class BalancePages {
  private final BalanceService balances;
  private final BenchmarkService benchmarks;
  private final EnterpriseService enterprises;

  BalancePages(
      BalanceService balances, BenchmarkService benchmarks, EnterpriseService enterprises) {
    this.balances = balances;
    this.benchmarks = benchmarks;
    this.enterprises = enterprises;
  }

  /**
   * The balance, or empty with {@code issues} put in the model when the stored inventory has
   * errors.
   */
  Optional<Balance> balance(long enterpriseId, Model model) {
    try {
      Balance b = balances.balance(enterpriseId);
      model.addAttribute("warnings", b.warnings());
      return Optional.of(b);
    } catch (InvalidInputException e) {
      if (e.issues().stream().allMatch(i -> Codes.EMPTY_DOCUMENT.equals(i.code()))) {
        model.addAttribute("empty", true); // a new enterprise: nothing entered yet
      } else {
        model.addAttribute("issues", e.issues());
      }
      return Optional.empty();
    }
  }

  /** A site's name for templates ({@code @balancePages.siteName(eid, code)}); the code if none. */
  public String siteName(long enterpriseId, String code) {
    return siteNames(enterpriseId).getOrDefault(code, code);
  }

  /**
   * A scope entry as people read it: "enterprise name" or "enterprise name / site name" (issue 12:
   * the account and users pages showed {@code 1/mine}); an enterprise out of sight keeps its id.
   */
  public String scopeLabel(long enterpriseId, @Nullable String site) {
    String name =
        enterprises.list().stream()
            .filter(e -> e.id() == enterpriseId)
            .map(e -> e.name())
            .findFirst()
            .orElse("#" + enterpriseId);
    return site == null ? name : name + " / " + siteName(enterpriseId, site);
  }

  Map<String, String> siteNames(long enterpriseId) {
    Map<String, String> names = new LinkedHashMap<>();
    for (SiteView s : enterprises.sites(enterpriseId)) {
      names.put(s.code(), s.name() == null || s.name().isBlank() ? s.code() : s.name());
    }
    return names;
  }

  /**
   * The benchmark of each product for a year: the one of that year, else the latest earlier one,
   * else the earliest later one.
   */
  Map<String, BenchmarkView> benchmarks(int year) {
    Map<String, BenchmarkView> best = new LinkedHashMap<>();
    List<BenchmarkView> all =
        benchmarks.list().stream().sorted(Comparator.comparingInt(BenchmarkView::year)).toList();
    for (BenchmarkView b : all) {
      BenchmarkView cur = best.get(b.product());
      // ascending years: the last one at or before the year wins, else the first one after it
      if (cur == null || b.year() <= year) {
        best.put(b.product(), b);
      }
    }
    return best;
  }

  Map<String, Double> benchmarkValues(int year) {
    Map<String, Double> m = new LinkedHashMap<>();
    benchmarks(year).forEach((p, b) -> m.put(p, b.intensity()));
    return m;
  }
}
