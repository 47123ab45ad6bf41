package org.minecarbon.lca.contribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minecarbon.lca.link.TechFlow;
import org.minecarbon.lca.matrix.CscMatrix;

/**
 * Expands the upstream tree as openLCA's {@code UpstreamTree}: the root's scaling is f_r ÷ A[r, r]
 * and its total the whole result; a child k of node p (A[k, p] ≠ 0, k ≠ p) has scaling σ_k = −A[k,
 * p]·σ_p ÷ A[k, k], required amount A[k, k]·σ_k, total u_k × that amount and direct h_k·σ_k. A loop
 * is walked again on every turn with ever smaller amounts, so the cut-off (and the depth and node
 * limits) end it; every node's total stays its exact share of the whole result.
 */
final class TreeBuilder {
  private final Contributions c;
  private final CscMatrix a;
  private final double cutoff;
  private final int maxDepth;
  private final int maxNodes;
  private double rootTotal;
  private int nodes;

  TreeBuilder(Contributions c, double cutoff, int maxDepth, int maxNodes) {
    if (!(cutoff >= 0) || maxDepth < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("cutoff ≥ 0, maxDepth ≥ 0, maxNodes ≥ 1");
    }
    this.c = c;
    this.a = c.matrices().techMatrix();
    this.cutoff = cutoff;
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
  }

  UpstreamNode root() {
    double f = c.matrices().demand()[0];
    double sigma = f / a.get(0, 0);
    rootTotal = c.total();
    double direct = c.h(0) * sigma;
    nodes = 1;
    return node(0, f, sigma, rootTotal, direct, 0);
  }

  private UpstreamNode node(
      int j, double amount, double sigma, double total, double direct, int depth) {
    List<Candidate> kids = depth < maxDepth ? children(j, sigma) : List.of();
    boolean truncated = depth >= maxDepth && hasChildren(j);
    List<UpstreamNode> expanded = new ArrayList<>();
    double limit = cutoff * Math.abs(rootTotal);
    for (Candidate k : kids) {
      if (Math.abs(k.total) < limit || Math.abs(k.total) == 0 || nodes >= maxNodes) {
        truncated = true;
        continue;
      }
      nodes++;
      expanded.add(node(k.row, k.amount, k.sigma, k.total, c.h(k.row) * k.sigma, depth + 1));
    }
    TechFlow tf = c.matrices().system().providers().get(j);
    double required = c.isWaste(j) ? -amount : amount;
    return new UpstreamNode(
        tf.processId(),
        tf.flowId(),
        c.name(tf),
        required,
        sigma,
        total,
        direct,
        rootTotal == 0 ? 0 : total / rootTotal,
        expanded,
        truncated);
  }

  private record Candidate(int row, double amount, double sigma, double total) {}

  private List<Candidate> children(int col, double sigma) {
    List<Candidate> out = new ArrayList<>();
    a.forEachInColumn(
        col,
        (row, value) -> {
          if (row == col || value == 0) {
            return;
          }
          double diag = a.get(row, row);
          double childSigma = -(value * sigma) / diag;
          double amount = diag * childSigma;
          out.add(new Candidate(row, amount, childSigma, c.intensityOf(row) * amount));
        });
    out.sort(Comparator.comparingDouble((Candidate k) -> -k.total));
    return out;
  }

  private boolean hasChildren(int col) {
    boolean[] any = {false};
    a.forEachInColumn(col, (row, v) -> any[0] |= row != col && v != 0);
    return any[0];
  }
}
