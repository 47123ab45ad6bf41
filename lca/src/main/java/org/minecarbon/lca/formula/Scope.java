package org.minecarbon.lca.formula;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.lca.model.Parameter;

/**
 * A parameter scope: a process's own parameters over the global ones (openLCA looks a name up in
 * the process first, then globally). Calculated parameters are evaluated on first use; a cycle or
 * an unknown name is a {@link FormulaException}.
 */
public final class Scope {
  private final @Nullable Scope parent;
  private final Map<String, Parameter> parameters = new HashMap<>();
  private final Map<String, Double> values = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  private Scope(@Nullable Scope parent, List<Parameter> parameters) {
    this.parent = parent;
    for (Parameter p : parameters) {
      this.parameters.put(p.name().strip().toLowerCase(Locale.ROOT), p);
    }
  }

  public static Scope global(List<Parameter> globals) {
    return new Scope(null, globals);
  }

  /** A process scope over this (global) scope. */
  public Scope child(List<Parameter> processParameters) {
    return new Scope(this, processParameters);
  }

  /** The value of a name (case-insensitive) in this scope or its parent. */
  public double value(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    Double cached = values.get(key);
    if (cached != null) {
      return cached;
    }
    Parameter p = parameters.get(key);
    if (p == null) {
      if (parent == null) {
        throw new FormulaException("unknown parameter '" + name + "'");
      }
      return parent.value(key);
    }
    double v = p.isCalculated() ? calculate(key, p) : p.value();
    values.put(key, v);
    return v;
  }

  private double calculate(String key, Parameter p) {
    if (!evaluating.add(key)) {
      throw new FormulaException("parameter '" + p.name() + "' depends on itself");
    }
    try {
      return Formula.parse(p.formula()).evaluate(this::value);
    } finally {
      evaluating.remove(key);
    }
  }

  /** Evaluates a formula in this scope. */
  public double evaluate(String formula) {
    return Formula.parse(formula).evaluate(this::value);
  }
}
