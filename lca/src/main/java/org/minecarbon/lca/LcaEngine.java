package org.minecarbon.lca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.formula.Evaluator;
import org.minecarbon.lca.lcia.GwpMethod;
import org.minecarbon.lca.lcia.ImportedMethods;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.link.Linker;
import org.minecarbon.lca.link.TechSystem;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.ImpactCategory;
import org.minecarbon.lca.model.ImpactMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;
import org.minecarbon.lca.result.Matrices;
import org.minecarbon.lca.result.MatrixBuilder;

/**
 * The public entry of the LCA engine: link a process's product system, solve A s = f and return its
 * inventory (g = B s) and GWP impact. Build one per library; it is safe to reuse across calls.
 */
public final class LcaEngine {
  private final Library library;
  private final Linker linker;
  private final MatrixBuilder matrices;
  private final Map<String, Double> unitFactors;

  private LcaEngine(Library library) {
    this.library = library;
    this.linker = new Linker(library);
    Map<String, Double> units = new HashMap<>();
    for (UnitGroup g : library.unitGroups().values()) {
      for (Unit u : g.units()) {
        units.put(u.id(), u.factor());
      }
    }
    this.unitFactors = Map.copyOf(units);
    this.matrices = new MatrixBuilder(library, units);
  }

  /** Evaluates the library's formulas and prepares the engine; formula problems are issues. */
  public static Result<LcaEngine> of(Library library) {
    return Evaluator.evaluate(library).map(LcaEngine::new);
  }

  /** An engine over a library whose formulas are already evaluated (a prepared library). */
  public static LcaEngine ofEvaluated(Library library) {
    return new LcaEngine(library);
  }

  public Library library() {
    return library;
  }

  /** The LCI of {@code amount} reference units of a process's reference flow. */
  public Result<Inventory> inventory(String processId, double amount, LinkOptions options) {
    Optional<Process> process = library.process(processId);
    if (process.isEmpty()) {
      return Result.err(
          Issue.error("UNKNOWN_PROCESS", "process", "no process with @id " + processId));
    }
    Optional<TechSystem> system = linker.link(process.get(), options);
    if (system.isEmpty()) {
      return Result.err(
          Issue.error("NO_QUANTITATIVE_REFERENCE", "process", processId + " has no reference"));
    }
    Matrices m = matrices.build(system.get(), options.allocation(), amount);
    return solve(m).map(s -> toInventory(process.get(), amount, m, s));
  }

  /**
   * The linked system of a process and its matrices, for simulations that solve many variants of
   * the same system (the links depend on the structure only, never on amounts).
   */
  public Result<Matrices> matrices(String processId, double amount, LinkOptions options) {
    Optional<Process> process = library.process(processId);
    if (process.isEmpty()) {
      return Result.err(
          Issue.error("UNKNOWN_PROCESS", "process", "no process with @id " + processId));
    }
    return linker
        .link(process.get(), options)
        .map(sys -> Result.ok(matrices.build(sys, options.allocation(), amount)))
        .orElseGet(
            () ->
                Result.err(
                    Issue.error(
                        "NO_QUANTITATIVE_REFERENCE", "process", processId + " has no reference")));
  }

  /** The matrices of {@code base}'s system with the amounts of {@code variant} (same structure). */
  public Matrices rebuild(
      Matrices base, Library variant, AllocationMethod allocation, double amount) {
    return new MatrixBuilder(variant, unitFactors).build(base.system(), allocation, amount);
  }

  /** The inventory for scaling vector {@code s} of the system in {@code m}. */
  public Inventory inventoryOf(Matrices m, double[] s, double amount) {
    Process p = library.processes().get(m.system().providers().get(0).processId());
    return toInventory(p, amount, m, s);
  }

  /**
   * Characterises an inventory with a GWP method id or an imported method (its first category);
   * empty for an unknown method.
   */
  public Optional<ImpactResult> characterise(Inventory inv, String method) {
    Optional<GwpMethod> gwp = GwpMethod.of(method);
    if (gwp.isPresent()) {
      return gwp.map(g -> characterise(inv, g));
    }
    ImpactMethod m = library.methods().get(method);
    return m == null
        ? Optional.empty()
        : ImportedMethods.characterise(library, m, inv.flows()).stream().findFirst();
  }

  /**
   * The inventory with its impact under {@code method}: {@code ipcc-ar6-gwp100}, {@code
   * ipcc-ar5-gwp100} or the @id of an LCIA method in the library (one result per category).
   */
  public Result<Inventory> impact(
      String processId, double amount, LinkOptions options, String method) {
    Optional<GwpMethod> gwp = GwpMethod.of(method);
    ImpactMethod imported = library.methods().get(method);
    if (gwp.isEmpty() && imported == null) {
      return Result.err(
          Issue.error(
              "UNKNOWN_METHOD",
              "method",
              "unknown method "
                  + method
                  + "; known: "
                  + GwpMethod.ids()
                  + " and the database's "
                  + library.methods().keySet()));
    }
    return inventory(processId, amount, options)
        .map(
            inv ->
                inv.withImpacts(
                    gwp.isPresent()
                        ? List.of(characterise(inv, gwp.get()))
                        : ImportedMethods.characterise(library, imported, inv.flows())));
  }

  /**
   * Contributions to one indicator of a process's result: {@code indicator} is a method id (the
   * characterisation factors weight every flow) or the @id of a flow in the inventory (weight 1).
   */
  public Result<Contributions> contributions(
      String processId, double amount, LinkOptions options, String indicator) {
    Result<Matrices> built = matrices(processId, amount, options);
    if (!(built instanceof Result.Ok<Matrices> ok)) {
      return Result.err(built.issues());
    }
    Matrices m = ok.value();
    Optional<double[]> weights = weights(m, indicator);
    if (weights.isEmpty()) {
      return Result.err(
          Issue.error(
              "UNKNOWN_INDICATOR",
              "indicator",
              indicator
                  + " is neither a method ("
                  + GwpMethod.ids()
                  + ", an imported impact category @id, a single-category imported method)"
                  + " nor a flow of the result"));
    }
    double[] c = weights.get();
    return solve(m).map(s -> Contributions.of(library, m, s, c));
  }

  /**
   * The scaling vector s = A⁻¹ f; a singular technosphere matrix is the issue {@code
   * SINGULAR_SYSTEM} at {@code process} (from {@link LinearSolver#tryFactorize}).
   */
  private static Result<double[]> solve(Matrices m) {
    return switch (LinearSolver.tryFactorize(m.techMatrix())) {
      case Result.Ok<LinearSolver> ok -> Result.ok(ok.value().solve(m.demand()));
      case Result.Err<LinearSolver> err ->
          Result.err(
              err.issues().stream()
                  .map(i -> Issue.error("SINGULAR_SYSTEM", "process", i.message()))
                  .toList());
    };
  }

  /** The weights over B's rows of a method id or a flow @id; empty when it is neither. */
  public Optional<double[]> weights(Matrices m, String indicator) {
    Optional<GwpMethod> gwp = GwpMethod.of(indicator);
    double[] w = new double[m.flowIds().size()];
    if (gwp.isPresent()) {
      for (int i = 0; i < w.length; i++) {
        w[i] = gwp.get().factor(library.flow(m.flowIds().get(i))).orElse(0.0);
      }
      return Optional.of(w);
    }
    Optional<ImpactCategory> category = ImportedMethods.category(library, indicator);
    if (category.isPresent()) {
      Map<String, Double> cf = ImportedMethods.factors(library, category.get());
      for (int i = 0; i < w.length; i++) {
        double f = cf.getOrDefault(m.flowIds().get(i), 0.0);
        w[i] = m.inputOnly()[i] ? -f : f;
      }
      return Optional.of(w);
    }
    int row = m.flowIds().indexOf(indicator);
    if (row < 0) {
      return Optional.empty();
    }
    w[row] = 1;
    return Optional.of(w);
  }

  private ImpactResult characterise(Inventory inv, GwpMethod method) {
    return method.characterise(inv.flows(), library.flows());
  }

  private Inventory toInventory(Process p, double amount, Matrices m, double[] s) {
    double[] g = m.enviMatrix().multiply(s);
    List<FlowResult> flows = new ArrayList<>(g.length);
    for (int i = 0; i < g.length; i++) {
      Flow f = library.flow(m.flowIds().get(i));
      boolean input = m.inputOnly()[i];
      flows.add(
          new FlowResult(
              f.id(),
              f.name(),
              f.category(),
              f.type().name(),
              input ? "input" : "output",
              input ? -g[i] : g[i],
              unitOf(f)));
    }
    List<Inventory.ProcessScaling> scaling = new ArrayList<>();
    for (int j = 0; j < s.length; j++) {
      var tf = m.system().providers().get(j);
      scaling.add(new Inventory.ProcessScaling(tf.processId(), tf.flowId(), s[j]));
    }
    Flow ref = library.flow(m.system().providers().get(0).flowId());
    return new Inventory(
        p.id(),
        p.name(),
        amount,
        unitOf(ref),
        m.system().size(),
        m.system().linkCount(),
        flows,
        scaling,
        List.of());
  }

  private String unitOf(Flow f) {
    return library.referenceUnit(f).map(Unit::name).orElse("");
  }
}
