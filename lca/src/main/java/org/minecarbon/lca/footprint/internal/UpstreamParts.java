package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.FootprintRequest.Upstream;
import org.minecarbon.lca.footprint.InputKind;
import org.minecarbon.lca.footprint.Link;
import org.minecarbon.lca.footprint.MaterialRow;
import org.minecarbon.lca.footprint.Origin;
import org.minecarbon.lca.footprint.UpstreamFactor;

/**
 * Upstream terms: for each purchased input of the year in scope with a link, kg CO2e = quantity in
 * the link's {@code per} unit × link amount × the background's kg CO2e per unit. Every link must
 * name an input the inventory has; every problem is collected.
 */
final class UpstreamParts {
  private final Upstream upstream;
  private final Map<String, Result<UpstreamFactor>> factors = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  private UpstreamParts(Upstream upstream) {
    this.upstream = upstream;
  }

  static Result<List<Part>> of(
      Inventory inv,
      List<MaterialRow> materials,
      int year,
      Upstream upstream,
      Predicate<String> inScope) {
    UpstreamParts u = new UpstreamParts(upstream);
    List<Inputs.Input> inputs = Inputs.of(inv, materials);
    u.checkLinks(inputs);
    List<Part> parts = new ArrayList<>();
    for (Inputs.Input in : inputs) {
      if (in.meta().period().year() == year && inScope.test(in.site())) {
        u.part(in).ifPresent(parts::add);
      }
    }
    return Result.of(parts, u.issues);
  }

  private void checkLinks(List<Inputs.Input> inputs) {
    Set<String> known = new HashSet<>();
    for (Inputs.Input in : inputs) {
      in.keys().forEach(k -> known.add(in.kind().code() + ":" + k));
    }
    for (Link l : upstream.links().links()) {
      if (!known.contains(l.kind().code() + ":" + canonical(l))) {
        issues.add(
            Issue.error(
                FootprintCodes.LINK_UNKNOWN_INPUT,
                l.pointer() + "/code",
                "no " + l.kind().code() + " row of the inventory matches this link",
                l.code(),
                expected(l.kind())));
      }
    }
  }

  private static String expected(InputKind kind) {
    return switch (kind) {
      case FUEL -> "the fuel code of a fuel row";
      case ELECTRICITY -> "the site or grid of an electricity row, or *";
      case MATERIAL -> "the material code of a materials row";
    };
  }

  private static String canonical(Link l) {
    return switch (l.kind()) {
      case FUEL -> Inputs.fuel(l.code());
      case ELECTRICITY -> l.code().equals("*") ? "*" : Inputs.grid(l.code());
      case MATERIAL -> l.code();
    };
  }

  private Optional<Link> link(Inputs.Input in) {
    for (String key : in.keys()) {
      for (Link l : upstream.links().links()) {
        if (l.kind() == in.kind() && (l.code().equals(key) || canonical(l).equals(key))) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Part> part(Inputs.Input in) {
    Optional<Link> found = link(in);
    if (found.isEmpty()) {
      if (in.kind() == InputKind.MATERIAL) {
        issues.add(
            Issue.warning(
                FootprintCodes.UNLINKED_MATERIAL,
                in.meta().pointer() + "/material",
                "material '" + in.keys().getFirst() + "' has no link and adds nothing"));
      }
      return Optional.empty();
    }
    Link l = found.get();
    if (in.quantity().unit().dimension() != l.per().dimension()) {
      issues.add(
          Issue.error(
              FootprintCodes.LINK_UNIT_MISMATCH,
              in.meta().pointer() + "/unit",
              "the row's unit cannot be converted to the unit of link " + l.pointer(),
              in.quantity().unit().symbol(),
              "a unit convertible to " + l.per().symbol()));
      return Optional.empty();
    }
    return factor(l).map(f -> part(in, l, f));
  }

  private Part part(Inputs.Input in, Link l, UpstreamFactor f) {
    double kg = in.quantity().in(l.per()) * l.amount() * f.kgCo2ePerUnit();
    return new Part(
        in.meta().label(),
        in.meta().pointer(),
        in.meta().effectiveStage(),
        in.site(),
        Origin.UPSTREAM,
        kg,
        f);
  }

  private Optional<UpstreamFactor> factor(Link l) {
    Result<UpstreamFactor> r =
        factors.computeIfAbsent(
            l.process() + "\u0000" + l.unit(),
            k -> upstream.background().perUnit(l.process(), l.unit()));
    if (r instanceof Result.Ok<UpstreamFactor> ok) {
      return Optional.of(ok.value());
    }
    if (reported.add(l.pointer())) {
      for (Issue i : r.errors()) {
        issues.add(
            Issue.error(
                FootprintCodes.BACKGROUND_FAILED,
                l.pointer() + "/process",
                "background process " + l.process() + ": " + i.message(),
                l.process(),
                i.expected()));
      }
    }
    return Optional.empty();
  }
}
