package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Dimension;
import org.minecarbon.core.unit.Units;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.FootprintCodes;

/**
 * The sites that produce the product in the year, and the share of each site's burden the product
 * carries: value of the product ÷ value of all the site's products that year, value = tonnes (mass)
 * or tonnes × price (economic). When the product is produced by the enterprise as a whole (rows
 * without a site in a multi-site document), the scope is every row of the enterprise.
 *
 * @param enterprise true when the scope is the whole enterprise
 * @param siteShares site → product → share; the product's share is what its burden is multiplied by
 * @param pooled product → share of the scope's value summed over its sites
 * @param tonnes tonnes of the product in the scope
 */
public record Scope(
    String product,
    boolean enterprise,
    Map<String, Map<String, Double>> siteShares,
    Map<String, Double> pooled,
    double tonnes) {

  /** The share of a row's burden the product carries, empty when the row is out of scope. */
  public OptionalDouble share(String site) {
    Map<String, Double> shares = siteShares.get(enterprise ? "" : site);
    return shares == null ? OptionalDouble.empty() : OptionalDouble.of(shares.get(product));
  }

  public static Result<Scope> of(
      Inventory inv,
      int year,
      String product,
      AllocationMethod method,
      Map<String, Double> prices) {
    return producingSites(inv, year, product)
        .flatMap(sites -> build(inv, year, product, method, prices, sites));
  }

  /** The resolved sites of the product's production rows in the year ({@code ""} = enterprise). */
  private static Result<Set<String>> producingSites(Inventory inv, int year, String product) {
    List<ProductionRow> ofProduct =
        inv.production().stream().filter(r -> r.product().equals(product)).toList();
    if (ofProduct.isEmpty()) {
      return Result.err(unknownProduct(inv, product));
    }
    List<ProductionRow> inYear = ofProduct.stream().filter(r -> year(r) == year).toList();
    if (inYear.isEmpty()) {
      Set<Integer> years = new TreeSet<>();
      ofProduct.forEach(r -> years.add(year(r)));
      return Result.err(
          Issue.error(
              FootprintCodes.NO_PRODUCTION,
              "/production",
              "no production of " + product + " in this year",
              year,
              "a year with production: " + years));
    }
    Set<String> sites = new LinkedHashSet<>();
    inYear.forEach(r -> sites.add(Sites.of(inv, r.meta())));
    if (sites.contains("") && sites.size() > 1) {
      return Result.err(
          Issue.error(
              FootprintCodes.MIXED_SCOPE,
              inYear.getFirst().meta().pointer(),
              "the product is produced both by sites and by the enterprise as a whole in " + year,
              String.join(", ", sites),
              "production rows either all with a site or all without"));
    }
    return Result.ok(sites);
  }

  private static Issue unknownProduct(Inventory inv, String product) {
    Set<String> known = new TreeSet<>();
    inv.production().forEach(r -> known.add(r.product()));
    return Issue.error(
        FootprintCodes.UNKNOWN_PRODUCT,
        "/production",
        "no production row has this product",
        product,
        known.isEmpty() ? "a product of the production rows" : "one of " + known);
  }

  private static Result<Scope> build(
      Inventory inv,
      int year,
      String product,
      AllocationMethod method,
      Map<String, Double> prices,
      Set<String> sites) {
    List<Issue> issues = new ArrayList<>();
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    double tonnes = 0;
    for (ProductionRow r : inv.production()) {
      String site = Sites.of(inv, r.meta());
      if (year(r) != year || !sites.contains(site)) {
        continue;
      }
      OptionalDouble t = tonnes(r, issues);
      OptionalDouble v = t.isPresent() ? value(r, t.getAsDouble(), method, prices, issues) : t;
      if (v.isPresent()) {
        values
            .computeIfAbsent(site, s -> new LinkedHashMap<>())
            .merge(r.product(), v.getAsDouble(), Double::sum);
        tonnes += r.product().equals(product) ? t.getAsDouble() : 0;
      }
    }
    if (issues.isEmpty() && !(tonnes > 0)) {
      issues.add(zeroProduction(year, tonnes));
    }
    Map<String, Map<String, Double>> shares =
        issues.isEmpty() ? shares(values, method, issues) : Map.of();
    return issues.isEmpty()
        ? Result.ok(new Scope(product, sites.contains(""), shares, pooled(values), tonnes))
        : Result.err(issues);
  }

  private static Issue zeroProduction(int year, double tonnes) {
    return Issue.error(
        FootprintCodes.ZERO_PRODUCTION,
        "/production",
        "the product's tonnes in " + year + " add up to zero",
        tonnes,
        "a positive quantity");
  }

  private static OptionalDouble tonnes(ProductionRow r, List<Issue> issues) {
    if (r.quantity().unit().dimension() != Dimension.MASS) {
      issues.add(
          Issue.error(
              FootprintCodes.NOT_MASS,
              r.meta().pointer() + "/unit",
              "a footprint per tonne needs production in a mass unit",
              r.quantity().unit().symbol(),
              "t or kg"));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(r.quantity().in(Units.T));
  }

  private static OptionalDouble value(
      ProductionRow r,
      double tonnes,
      AllocationMethod method,
      Map<String, Double> prices,
      List<Issue> issues) {
    if (method == AllocationMethod.MASS) {
      return OptionalDouble.of(tonnes);
    }
    Double price = prices.get(r.meta().pointer());
    if (price == null) {
      issues.add(
          Issue.error(
              FootprintCodes.PRICE_MISSING,
              r.meta().pointer() + "/price",
              "economic allocation needs the price of every co-product (" + r.product() + ")",
              "",
              "a non-negative price per tonne"));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(tonnes * price);
  }

  private static Map<String, Map<String, Double>> shares(
      Map<String, Map<String, Double>> values, AllocationMethod method, List<Issue> issues) {
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    values.forEach(
        (site, byProduct) -> {
          double sum = byProduct.values().stream().mapToDouble(Double::doubleValue).sum();
          if (!(sum > 0)) {
            issues.add(
                Issue.error(
                    FootprintCodes.ZERO_VALUE,
                    "/production",
                    "the co-products of site '" + site + "' are worth nothing together",
                    sum,
                    "a positive " + (method == AllocationMethod.MASS ? "mass" : "value")));
            return;
          }
          Map<String, Double> s = new LinkedHashMap<>();
          byProduct.forEach((p, v) -> s.put(p, v / sum));
          shares.put(site, s);
        });
    return shares;
  }

  private static Map<String, Double> pooled(Map<String, Map<String, Double>> values) {
    Map<String, Double> sums = new LinkedHashMap<>();
    values.values().forEach(m -> m.forEach((p, v) -> sums.merge(p, v, Double::sum)));
    double total = sums.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> pooled = new LinkedHashMap<>();
    sums.forEach((p, v) -> pooled.put(p, v / total));
    return pooled;
  }

  private static int year(ProductionRow r) {
    return r.meta().period().year();
  }
}
