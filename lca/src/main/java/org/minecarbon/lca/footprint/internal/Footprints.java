package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.FootprintRequest;
import org.minecarbon.lca.footprint.FootprintRequest.Upstream;

/** The footprint computation behind {@code FootprintCalculator}. */
public final class Footprints {
  private Footprints() {}

  public static Result<Footprint> compute(FootprintRequest req) {
    Calculation calc = req.calculation();
    List<Issue> issues = new ArrayList<>(calc.warnings());
    Result<Scope> scope =
        Scope.of(calc.inventory(), req.year(), req.product(), req.allocation(), req.prices());
    issues.addAll(scope.issues());
    List<Part> parts = new ArrayList<>(DirectParts.of(calc, req.year()));
    @Nullable Upstream up = req.upstream();
    if (up != null) {
      // links are checked even when the scope is invalid, so every problem is reported at once
      Predicate<String> inScope =
          scope instanceof Result.Ok<Scope> ok
              ? site -> ok.value().share(site).isPresent()
              : site -> false;
      Result<List<Part>> upstream =
          UpstreamParts.of(calc.inventory(), req.materials(), req.year(), up, inScope);
      issues.addAll(upstream.issues());
      if (upstream instanceof Result.Ok<List<Part>> u) {
        parts.addAll(u.value());
      }
    }
    if (!(scope instanceof Result.Ok<Scope> ok) || issues.stream().anyMatch(Issue::isError)) {
      return Result.err(issues);
    }
    if (up != null) {
      gwpCheck(up.method(), calc).ifPresent(issues::add);
    }
    if (up == null) {
      issues.add(
          Issue.warning(
              FootprintCodes.NO_UPSTREAM,
              "",
              "no background database: the upstream (cradle-to-gate) footprint of purchased fuel,"
                  + " electricity and materials is not included"));
    }
    Assembly a = new Assembly();
    parts.forEach(p -> a.add(p, ok.value()));
    issues.addAll(a.warnings);
    return Result.ok(footprint(req, ok.value(), a, issues), issues);
  }

  private static Footprint footprint(
      FootprintRequest req, Scope scope, Assembly a, List<Issue> warnings) {
    Calculation calc = req.calculation();
    return new Footprint(
        req.year(),
        req.product(),
        scope.tonnes(),
        a.total,
        a.byStage,
        a.byOrigin,
        req.allocation(),
        scope.pooled(),
        scope.siteShares(),
        a.contributions(),
        calc.gwp(),
        calc.factorSet(),
        req.upstream() == null ? null : req.upstream().method(),
        warnings);
  }

  /**
   * A warning when the upstream method is an IPCC GWP100 method of another GWP set than the one the
   * direct terms were computed with (the inventory's {@code settings.gwp} or {@code --gwp}).
   */
  static Optional<Issue> gwpCheck(String method, Calculation calc) {
    Matcher m = IPCC.matcher(method);
    if (!m.matches() || m.group(1).equalsIgnoreCase(calc.gwp().name())) {
      return Optional.empty();
    }
    return Optional.of(
        Issue.warning(
            FootprintCodes.GWP_MISMATCH,
            "/settings/gwp",
            "direct terms use GWP "
                + calc.gwp().name()
                + " but the upstream method is "
                + method
                + "; set the inventory's gwp (or --gwp) to match"));
  }

  private static final Pattern IPCC =
      Pattern.compile("ipcc-(ar\\d)-gwp100", Pattern.CASE_INSENSITIVE);
}
