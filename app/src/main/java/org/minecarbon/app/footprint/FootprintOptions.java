package org.minecarbon.app.footprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.lcia.GwpMethod;

/**
 * What to compute: the CLI's {@code footprint --year --product --allocation --method}.
 *
 * @param method the characterisation method of the upstream terms (used only with a background)
 */
public record FootprintOptions(
    int year, String product, AllocationMethod allocation, String method) {
  /** The default method, as the CLI's. */
  public static final String DEFAULT_METHOD = "ipcc-ar6-gwp100";

  public FootprintOptions {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(method, "method");
  }

  /**
   * Reads the options from request parameters, listing every problem (pointers name the field).
   *
   * @return the options, or every issue found
   */
  public static Result<FootprintOptions> parse(
      String year, String product, String allocation, String method) {
    List<Issue> issues = new ArrayList<>();
    int y = year(year, issues);
    if (product.isBlank()) {
      issues.add(Issue.error(FootprintCodes.PRODUCT_REQUIRED, "/product", "give the product code"));
    }
    AllocationMethod a = AllocationMethod.fromCode(allocation).orElse(null);
    if (a == null) {
      issues.add(
          Issue.error(
              FootprintCodes.UNKNOWN_ALLOCATION,
              "/allocation",
              "unknown allocation",
              allocation,
              "mass or economic"));
    }
    if (GwpMethod.of(method.strip()).isEmpty()) {
      issues.add(
          Issue.error(
              FootprintCodes.UNKNOWN_METHOD,
              "/method",
              "unknown method",
              method,
              String.join(", ", GwpMethod.ids())));
    }
    if (!issues.isEmpty() || a == null) {
      return Result.err(issues);
    }
    return Result.ok(new FootprintOptions(y, product.strip(), a, method.strip()));
  }

  private static int year(String text, List<Issue> issues) {
    int y;
    try {
      y = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      issues.add(Issue.error(Codes.WRONG_TYPE, "/year", "not a year", text, "YYYY"));
      return 0;
    }
    if (y < 1900 || y > 2200) {
      issues.add(
          Issue.error(
              FootprintCodes.YEAR_OUT_OF_RANGE, "/year", "year out of range", text, "1900–2200"));
    }
    return y;
  }
}
