package org.minecarbon.app.footprint;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.result.Issue;

/**
 * What a process result shows.
 *
 * @param amount reference units of the process's quantitative reference (finite, ≠ 0)
 * @param method {@code ipcc-ar6-gwp100}, {@code ipcc-ar5-gwp100} or an imported category @id
 * @param top rows per contribution list (the rest summed as one row)
 * @param maxDepth levels of the upstream tree
 * @param cutoff tree nodes below this share of the total are not expanded
 * @param inventoryPage 0-based page of the inventory table
 * @param inventorySize inventory rows per page
 */
public record ProcessResultOptions(
    double amount,
    String method,
    int top,
    int maxDepth,
    double cutoff,
    int inventoryPage,
    int inventorySize) {
  public static final String DEFAULT_METHOD = "ipcc-ar6-gwp100";

  public ProcessResultOptions {
    if (!Double.isFinite(amount) || amount == 0 || method.isBlank() || top < 1 || maxDepth < 0) {
      throw new IllegalArgumentException("amount finite ≠ 0, method, top ≥ 1, maxDepth ≥ 0");
    }
    if (!(cutoff >= 0 && cutoff < 1) || inventoryPage < 0 || inventorySize < 1) {
      throw new IllegalArgumentException("cutoff in [0, 1), inventory page ≥ 0, size ≥ 1");
    }
  }

  /** 1 reference unit under AR6 GWP100, top 10, tree 4 levels with a 1 % cut-off. */
  public static ProcessResultOptions defaults() {
    return new ProcessResultOptions(1, DEFAULT_METHOD, 10, 4, 0.01, 0, 50);
  }

  /**
   * Options from request parameters (null or blank = the default).
   *
   * @throws InvalidInputException listing every bad parameter
   */
  public static ProcessResultOptions parse(
      @Nullable String amount,
      @Nullable String method,
      @Nullable Integer top,
      @Nullable Integer depth,
      @Nullable Integer inventoryPage) {
    ProcessResultOptions d = defaults();
    List<Issue> issues = new ArrayList<>();
    double a = d.amount();
    if (amount != null && !amount.isBlank()) {
      try {
        a = Double.parseDouble(amount.strip());
      } catch (NumberFormatException e) {
        a = Double.NaN;
      }
      if (!Double.isFinite(a) || a == 0) {
        issues.add(
            Issue.error(
                FootprintCodes.INVALID_AMOUNT, "/amount", "not a finite number ≠ 0: " + amount));
      }
    }
    if (top != null && (top < 1 || top > 100)) {
      issues.add(Issue.error(FootprintCodes.INVALID_OPTION, "/top", "top must be 1–100"));
    }
    if (depth != null && (depth < 0 || depth > 12)) {
      issues.add(Issue.error(FootprintCodes.INVALID_OPTION, "/depth", "depth must be 0–12"));
    }
    if (inventoryPage != null && inventoryPage < 0) {
      issues.add(Issue.error(FootprintCodes.INVALID_OPTION, "/page", "page must be ≥ 0"));
    }
    InvalidInputException.throwOnErrors("invalid process result options", issues);
    return new ProcessResultOptions(
        a,
        method == null || method.isBlank() ? d.method() : method.strip(),
        top == null ? d.top() : top,
        depth == null ? d.maxDepth() : depth,
        d.cutoff(),
        inventoryPage == null ? 0 : inventoryPage,
        d.inventorySize());
  }
}
