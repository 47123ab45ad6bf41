package org.minecarbon.core.inventory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.unit.Dimension;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/** Check primitives that record an issue with its JSON Pointer and carry on. */
public final class Checks {
  private final List<Issue> issues = new ArrayList<>();

  public List<Issue> issues() {
    return issues;
  }

  public void add(Issue issue) {
    issues.add(issue);
  }

  /** A finite, non-negative number. */
  public boolean number(@Nullable Double v, String pointer) {
    if (v == null) {
      return true;
    }
    if (!Double.isFinite(v)) {
      issues.add(
          Issue.error(
              Codes.NOT_FINITE, pointer, "value must be a finite number", v, "a finite number"));
      return false;
    }
    if (v < 0) {
      issues.add(
          Issue.error(
              Codes.NEGATIVE_QUANTITY, pointer, "value must not be negative", v, "a number ≥ 0"));
      return false;
    }
    return true;
  }

  public boolean required(@Nullable Object v, String pointer, String what) {
    if (v == null) {
      issues.add(Issue.error(Codes.REQUIRED, pointer, what + " is required", "", what));
      return false;
    }
    return true;
  }

  /** A fraction in [0, 1]. */
  public boolean fraction(@Nullable Double v, String pointer) {
    if (v == null || !number(v, pointer)) {
      return false;
    }
    if (v > 1) {
      issues.add(
          Issue.error(
              Codes.FRACTION_OUT_OF_RANGE,
              pointer,
              "a fraction must be between 0 and 1 (write 0.8, not 80)",
              v,
              "0 ≤ value ≤ 1"));
      return false;
    }
    return true;
  }

  /** A quantity: finite, non-negative, in one of the allowed dimensions. */
  public boolean quantity(@Nullable Quantity q, String pointer, Dimension... allowed) {
    if (q == null) {
      return false;
    }
    boolean ok = number(q.value(), pointer);
    double max = q.unit().dimension().plausibleMax();
    if (ok && q.value() * q.unit().toBase() > max) {
      issues.add(
          Issue.error(
              Codes.QUANTITY_IMPLAUSIBLE,
              pointer,
              "value is larger than any mine's (more than "
                  + Issue.show(max)
                  + " "
                  + q.unit().dimension().baseSymbol()
                  + "): check the unit and the digits",
              q.value(),
              "at most " + Issue.show(max / q.unit().toBase()) + " " + q.unit().symbol()));
      ok = false;
    }
    if (Arrays.stream(allowed).noneMatch(d -> d == q.unit().dimension())) {
      List<String> symbols = new ArrayList<>();
      for (Dimension d : allowed) {
        symbols.addAll(Units.standard().symbols(d));
      }
      issues.add(
          Issue.error(
              Codes.WRONG_UNIT,
              unitPointer(pointer),
              "unit " + q.unit().symbol() + " does not fit this field",
              q.unit().symbol(),
              "one of " + String.join(", ", symbols)));
      ok = false;
    }
    return ok;
  }

  /** Pointer of the unit field of a row's quantity ({@code /x/exported} → {@code /x/unit}). */
  static String unitPointer(String quantityPointer) {
    int slash = quantityPointer.lastIndexOf('/');
    return quantityPointer.substring(0, slash) + "/unit";
  }

  /** Fractions of a composition map: each in [0, 1], the sum at most 1. */
  public void composition(
      Map<String, Double> map, String pointer, Vocabulary vocabulary, String code) {
    double sum = 0;
    for (Map.Entry<String, Double> e : map.entrySet()) {
      String p = pointer + "/" + escape(e.getKey());
      Optional<CodeEntry> entry = vocabulary.find(e.getKey());
      if (entry.isEmpty()) {
        issues.add(
            Issue.error(
                code,
                p,
                "unknown " + vocabulary.name() + " code",
                e.getKey(),
                "one of " + String.join(", ", vocabulary.codes())));
      }
      if (fraction(e.getValue(), p)) {
        sum += e.getValue();
      }
    }
    if (sum > 1 + 1e-9) {
      issues.add(
          Issue.error(
              Codes.FRACTIONS_EXCEED_ONE,
              pointer,
              "fractions add up to more than 1",
              sum,
              "a sum ≤ 1"));
    }
  }

  /** JSON Pointer escaping of one reference token (RFC 6901). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
