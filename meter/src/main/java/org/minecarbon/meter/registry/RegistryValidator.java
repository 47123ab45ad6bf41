package org.minecarbon.meter.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minecarbon.core.result.Issue;

/**
 * Cross-field rules of a registry (contract §1), each problem named with its JSON Pointer: id
 * syntax and uniqueness, units that fit kind and mode, a fuel on fuel meters, virtual references
 * (existing, same kind, not themselves circular), positive multiplier and rollover, known sites.
 */
public final class RegistryValidator {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

  private RegistryValidator() {}

  /**
   * Every problem of {@code registry}; {@code sites} is the set of site ids of the enterprise's
   * inventory, empty when no inventory is known (the site check is then skipped).
   */
  public static List<Issue> validate(MeterRegistry registry, Set<String> sites) {
    List<Issue> issues = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Meter m : registry.meters()) {
      String p = m.pointer();
      if (!ID.matcher(m.id()).matches()) {
        issues.add(
            Issue.error("INVALID_METER_ID", p + "/id", "meter id must match [A-Za-z0-9._-]+"));
      }
      if (!seen.add(m.id())) {
        issues.add(
            Issue.error("DUPLICATE_METER", p + "/id", "meter id " + m.id() + " is used twice"));
      }
      if (!sites.isEmpty() && !sites.contains(m.site())) {
        issues.add(
            Issue.error("UNKNOWN_SITE", p + "/site", "no site " + m.site() + " in the inventory"));
      }
      if (m.kind() == MeterKind.FUEL && (m.fuel() == null || m.fuel().isBlank())) {
        issues.add(Issue.error("MISSING_FIELD", p + "/fuel", "a fuel meter needs a fuel"));
      }
      if (m.isVirtual()) {
        continue;
      }
      checkPhysical(m, issues);
    }
    checkVirtuals(registry, issues);
    return issues;
  }

  private static void checkPhysical(Meter m, List<Issue> issues) {
    String p = m.pointer();
    if (MeterUnits.of(m).isEmpty()) {
      String field = m.readsPairs() ? "/flowUnit" : "/unit";
      issues.add(
          Issue.error(
              "INVALID_UNIT",
              p + field,
              "unit "
                  + (m.readsPairs() ? m.flowUnit() : m.unit())
                  + " does not fit a "
                  + m.mode().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + m.kind().code()
                  + " meter"));
    }
    if (!(m.multiplier() > 0) || !Double.isFinite(m.multiplier())) {
      issues.add(Issue.error("INVALID_NUMBER", p + "/multiplier", "multiplier must be positive"));
    }
    if (m.rollover() != null && !(m.rollover() > 0)) {
      issues.add(Issue.error("INVALID_NUMBER", p + "/rollover", "rollover must be positive"));
    }
    if (m.mode() == Mode.RATE && (!m.replacements().isEmpty() || m.rollover() != null)) {
      issues.add(
          Issue.error(
              "NOT_A_COUNTER", p + "/mode", "rollover and replacements apply to counters only"));
    }
    if (m.maxGap().isNegative() || m.maxGap().isZero()) {
      issues.add(Issue.error("INVALID_DURATION", p + "/maxGap", "maxGap must be positive"));
    }
  }

  private static void checkVirtuals(MeterRegistry registry, List<Issue> issues) {
    Map<String, Meter> byId = registry.byId();
    for (Meter m : registry.meters()) {
      VirtualExpression e = m.virtual();
      if (e == null) {
        continue;
      }
      for (VirtualExpression.Term t : e.terms()) {
        Meter c = byId.get(t.meter());
        String p = m.pointer() + "/virtual";
        if (c == null) {
          issues.add(Issue.error("UNKNOWN_METER", p, "no meter " + t.meter() + " in the registry"));
        } else if (c.kind() != m.kind()) {
          issues.add(
              Issue.error(
                  "KIND_MISMATCH",
                  p,
                  t.meter() + " is " + c.kind().code() + ", not " + m.kind().code()));
        } else if (c.isVirtual() || c.id().equals(m.id())) {
          issues.add(Issue.error("NESTED_VIRTUAL", p, t.meter() + " is itself virtual"));
        }
      }
    }
    Map<String, String> owner = new HashMap<>();
    for (Meter m : registry.meters()) {
      if (m.virtual() != null) {
        for (VirtualExpression.Term t : m.virtual().terms()) {
          String prev = owner.putIfAbsent(t.meter(), m.id());
          if (prev != null && !prev.equals(m.id())) {
            issues.add(
                Issue.error(
                    "SHARED_COMPONENT",
                    m.pointer() + "/virtual",
                    t.meter() + " is already a component of " + prev));
          }
        }
      }
    }
  }
}
