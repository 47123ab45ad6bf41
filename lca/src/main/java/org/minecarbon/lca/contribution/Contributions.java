package org.minecarbon.lca.contribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.link.TechFlow;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.Matrices;

/**
 * Contributions to one indicator of a solved system. The indicator is a weight vector c over the
 * rows of B: a unit vector for one flow, the characterisation factors for an impact. With h = cᵀB
 * (the indicator per unit of scaling of each provider), the total is Σ_j h_j s_j, the direct
 * contribution of provider j is h_j s_j, and the intensity u = A⁻ᵀh is the total result of one unit
 * of each provider's product (openLCA's "total … of one").
 */
public final class Contributions {
  private final Library library;
  private final Matrices m;
  private final double[] s;
  private final double[] c;
  private final double[] h;
  private final double total;
  private double[] intensity;

  private Contributions(Library library, Matrices m, double[] s, double[] c) {
    if (c.length != m.flowIds().size() || s.length != m.system().size()) {
      throw new IllegalArgumentException("weights or scaling do not fit the matrices");
    }
    this.library = library;
    this.m = m;
    this.s = s.clone();
    this.c = c.clone();
    this.h = m.enviMatrix().multiplyTransposed(c);
    double sum = 0;
    for (int j = 0; j < s.length; j++) {
      sum += h[j] * s[j];
    }
    this.total = sum;
  }

  /** Contributions to the indicator with weights {@code c} (one per row of B). */
  public static Contributions of(Library library, Matrices m, double[] s, double[] c) {
    return new Contributions(library, m, s, c);
  }

  /** The indicator's total result c·B·s. */
  public double total() {
    return total;
  }

  /** Direct contribution of every provider, largest absolute amount first. */
  public List<ProcessContribution> byProcess() {
    List<ProcessContribution> out = new ArrayList<>(s.length);
    for (int j = 0; j < s.length; j++) {
      TechFlow tf = m.system().providers().get(j);
      double v = h[j] * s[j];
      out.add(new ProcessContribution(tf.processId(), tf.flowId(), name(tf), v, share(v)));
    }
    out.sort(Comparator.comparingDouble((ProcessContribution p) -> -Math.abs(p.amount())));
    return out;
  }

  /** Every flow's part c_i·g_i with c_i ≠ 0, largest absolute amount first. */
  public List<FlowContribution> byFlow() {
    double[] g = m.enviMatrix().multiply(s);
    List<FlowContribution> out = new ArrayList<>();
    for (int i = 0; i < g.length; i++) {
      if (c[i] == 0) {
        continue;
      }
      Flow f = library.flow(m.flowIds().get(i));
      double v = c[i] * g[i];
      out.add(new FlowContribution(f.id(), f.name(), f.category(), v, share(v)));
    }
    out.sort(Comparator.comparingDouble((FlowContribution p) -> -Math.abs(p.amount())));
    return out;
  }

  /**
   * The intensity u = A⁻ᵀ cᵀB: the indicator per unit of each provider's product; a singular Aᵀ is
   * the issue {@code SINGULAR_SYSTEM} (from {@link LinearSolver#tryFactorize}).
   */
  public Result<double[]> tryIntensity() {
    if (intensity == null) {
      Result<LinearSolver> lu = LinearSolver.tryFactorize(m.techMatrix().transpose());
      if (!(lu instanceof Result.Ok<LinearSolver> ok)) {
        return Result.err(lu.issues());
      }
      intensity = ok.value().solve(h);
    }
    return Result.ok(intensity.clone());
  }

  /**
   * As {@link #tryIntensity()}; A was factorised to solve s, so a singular Aᵀ is an {@link
   * IllegalStateException} here.
   */
  public double[] intensity() {
    return tryIntensity().orElseThrow();
  }

  /**
   * The upstream tree from the reference provider, children whose |total| is below {@code cutoff} ×
   * |root total| hidden, at most {@code maxDepth} levels and {@code maxNodes} nodes; the issue
   * {@code SINGULAR_SYSTEM} when the intensities cannot be solved.
   */
  public Result<UpstreamNode> tryTree(double cutoff, int maxDepth, int maxNodes) {
    return tryIntensity().map(u -> new TreeBuilder(this, cutoff, maxDepth, maxNodes).root());
  }

  /** As {@link #tryTree}, an {@link IllegalStateException} when it is an error. */
  public UpstreamNode tree(double cutoff, int maxDepth, int maxNodes) {
    return tryTree(cutoff, maxDepth, maxNodes).orElseThrow();
  }

  Matrices matrices() {
    return m;
  }

  double h(int j) {
    return h[j];
  }

  double scaling(int j) {
    return s[j];
  }

  double intensityOf(int j) {
    if (intensity == null) {
      intensity();
    }
    return intensity[j];
  }

  boolean isWaste(int j) {
    return library.flow(m.system().providers().get(j).flowId()).type() == FlowType.WASTE_FLOW;
  }

  String name(TechFlow tf) {
    return library.processes().get(tf.processId()).name();
  }

  double share(double v) {
    return total == 0 ? 0 : v / total;
  }
}
