package org.minecarbon.lca.footprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;

/**
 * The upstream part of a footprint opened up into the background database: for every row with an
 * upstream part U_r (kg CO2e per t of product) from background process p_r whose reference unit has
 * the result T_r, the scale k_r = U_r ÷ T_r turns the contributions of one reference unit into kg
 * CO2e per t of product. Background processes and flows are summed over rows (Σ_r k_r × direct
 * contribution); each row keeps its own upstream tree (values × k_r).
 *
 * @param processes background processes by their direct contribution, kg CO2e/t, largest first
 * @param flows elementary flows by contribution, kg CO2e/t, largest first
 * @param trees one upstream tree per row with an upstream part, in the footprint's row order
 */
public record UpstreamBreakdown(List<Part> processes, List<Part> flows, List<RowTree> trees) {
  public UpstreamBreakdown {
    processes = List.copyOf(processes);
    flows = List.copyOf(flows);
    trees = List.copyOf(trees);
  }

  /**
   * A background process or flow summed over rows.
   *
   * @param id process or flow {@code @id}
   * @param name its name
   * @param detail the process's product flow {@code @id}, or the flow's category
   * @param kgCo2ePerT Σ_r k_r × its direct contribution per reference unit of p_r
   */
  public record Part(String id, String name, String detail, double kgCo2ePerT) {}

  /**
   * One row's upstream tree.
   *
   * @param scale k_r = U_r ÷ T_r: reference units of the background product per t of product
   * @param tree the tree of one reference unit of the background process (unscaled)
   */
  public record RowTree(
      String row, String pointer, UpstreamFactor background, double scale, UpstreamNode tree) {}

  /** Tree limits: hide nodes below this share of the root, stop at this depth or node count. */
  public record Limits(double cutoff, int maxDepth, int maxNodes) {}

  /**
   * Opens every upstream row of {@code f}; {@code contributions} gives the contributions of one
   * reference unit of a background process to the footprint's method. Every failure is collected.
   */
  public static Result<UpstreamBreakdown> of(
      Footprint f, Function<String, Result<Contributions>> contributions, Limits limits) {
    Map<String, Part> processes = new LinkedHashMap<>();
    Map<String, Part> flows = new LinkedHashMap<>();
    List<RowTree> trees = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Map<String, Result<Contributions>> cache = new LinkedHashMap<>();
    for (Contribution c : f.contributions()) {
      UpstreamFactor b = c.background();
      Double upstream = c.byOrigin().get(Origin.UPSTREAM);
      if (b == null || upstream == null) {
        continue;
      }
      boolean first = !cache.containsKey(b.processId());
      Result<Contributions> r = cache.computeIfAbsent(b.processId(), contributions);
      if (!(r instanceof Result.Ok<Contributions> ok)) {
        if (first) {
          issues.addAll(r.issues()); // once per process, however many rows link it
        }
        continue;
      }
      Contributions con = ok.value();
      double k = con.total() == 0 ? 0 : upstream / con.total();
      for (ProcessContribution p : con.byProcess()) {
        add(processes, p.processId(), p.processName(), p.flowId(), k * p.amount());
      }
      for (FlowContribution fc : con.byFlow()) {
        add(flows, fc.flowId(), fc.name(), fc.category(), k * fc.amount());
      }
      UpstreamNode tree = con.tree(limits.cutoff(), limits.maxDepth(), limits.maxNodes());
      trees.add(new RowTree(c.row(), c.pointer(), b, k, tree));
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    return Result.ok(new UpstreamBreakdown(sorted(processes), sorted(flows), trees));
  }

  private static void add(
      Map<String, Part> parts, String id, String name, String detail, double v) {
    parts.merge(
        id,
        new Part(id, name, detail, v),
        (a, b) -> new Part(id, name, detail, a.kgCo2ePerT() + b.kgCo2ePerT()));
  }

  private static List<Part> sorted(Map<String, Part> parts) {
    List<Part> list = new ArrayList<>(parts.values());
    list.removeIf(p -> p.kgCo2ePerT() == 0);
    list.sort(Comparator.comparingDouble((Part p) -> -Math.abs(p.kgCo2ePerT())));
    return list;
  }
}
