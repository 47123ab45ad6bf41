package org.minecarbon.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mixed-integer programme in solver-neutral form: minimise Σ obj·x subject to lb ≤ A·x ≤ ub and
 * variable bounds. Built by {@link PlanModel}; solved and exported by a {@code MipSolver}.
 */
public final class Mip {
  /** One variable. */
  public record Var(String name, double lb, double ub, boolean integer, double obj) {}

  /** One row lb ≤ Σ coef·x[idx] ≤ ub (infinite bounds allowed). */
  public record Row(String name, double lb, double ub, int[] idx, double[] coef) {
    public Row {
      idx = idx.clone();
      coef = coef.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row r
          && name.equals(r.name)
          && Arrays.equals(idx, r.idx)
          && Arrays.equals(coef, r.coef)
          && Double.compare(lb, r.lb) == 0
          && Double.compare(ub, r.ub) == 0;
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + Arrays.hashCode(idx);
    }

    @Override
    public String toString() {
      return name
          + ": "
          + lb
          + " ≤ "
          + Arrays.toString(coef)
          + "·"
          + Arrays.toString(idx)
          + " ≤ "
          + ub;
    }
  }

  private final List<Var> vars = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  public int addVar(String name, double lb, double ub, boolean integer, double obj) {
    vars.add(new Var(name, lb, ub, integer, obj));
    return vars.size() - 1;
  }

  public void setObj(int var, double obj) {
    Var v = vars.get(var);
    vars.set(var, new Var(v.name(), v.lb(), v.ub(), v.integer(), obj));
  }

  public void addRow(String name, double lb, double ub, Terms terms) {
    rows.add(new Row(name, lb, ub, terms.idx(), terms.coef()));
  }

  public List<Var> vars() {
    return List.copyOf(vars);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** A growing sparse linear expression; entries of the same variable are merged. */
  public static final class Terms {
    private int[] idx = new int[8];
    private double[] coef = new double[8];
    private int n;

    public Terms add(int var, double c) {
      if (var < 0 || c == 0 || Math.abs(c) < 1e-12) {
        return this;
      }
      for (int i = 0; i < n; i++) {
        if (idx[i] == var) {
          coef[i] += c;
          return this;
        }
      }
      if (n == idx.length) {
        idx = Arrays.copyOf(idx, n * 2);
        coef = Arrays.copyOf(coef, n * 2);
      }
      idx[n] = var;
      coef[n++] = c;
      return this;
    }

    int[] idx() {
      return Arrays.copyOf(idx, n);
    }

    double[] coef() {
      return Arrays.copyOf(coef, n);
    }
  }
}
