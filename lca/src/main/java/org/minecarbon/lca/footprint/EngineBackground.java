package org.minecarbon.lca.footprint;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;

/**
 * The {@link Background} port on the LCA engine: the cradle-to-gate GWP of one reference unit of a
 * background process (its whole linked product system, solved as {@code lca impact} solves it),
 * converted to the unit the link asks for through the process's unit group ({@code t} for a process
 * in {@code kg}, {@code kWh} for one in {@code MJ}). Results are cached per process.
 */
public final class EngineBackground implements Background {
  private final LcaEngine engine;
  private final String method;
  private final LinkOptions options;
  private final Map<String, Result<Inventory>> impacts = new ConcurrentHashMap<>();

  /**
   * @param method a GWP method id of the engine ({@code ipcc-ar6-gwp100}, {@code ipcc-ar5-gwp100})
   */
  public EngineBackground(LcaEngine engine, String method, LinkOptions options) {
    this.engine = engine;
    this.method = method;
    this.options = options;
  }

  @Override
  public Result<UpstreamFactor> perUnit(String processId, String unit) {
    Result<Inventory> result =
        impacts.computeIfAbsent(processId, id -> engine.impact(id, 1.0, options, method));
    if (!(result instanceof Result.Ok<Inventory> ok)) {
      return Result.err(result.issues());
    }
    Inventory inv = ok.value();
    double perReference = inv.impacts().stream().mapToDouble(ImpactResult::amount).sum();
    Optional<Double> ratio = ratio(unit, inv.unit());
    if (ratio.isEmpty()) {
      return Result.err(
          Issue.error(
              FootprintCodes.LINK_UNIT_MISMATCH,
              "unit",
              "process "
                  + processId
                  + " ("
                  + inv.processName()
                  + ") is measured in "
                  + inv.unit()
                  + "; "
                  + unit
                  + " is not a unit of the same quantity",
              unit,
              inv.unit()));
    }
    return Result.ok(
        new UpstreamFactor(processId, inv.processName(), unit, perReference * ratio.get(), method));
  }

  /** How many {@code reference} units one {@code unit} is, within one unit group. */
  private Optional<Double> ratio(String unit, String reference) {
    if (unit.equals(reference)) {
      return Optional.of(1.0);
    }
    for (UnitGroup g : engine.library().unitGroups().values()) {
      Optional<Unit> u = named(g, unit);
      Optional<Unit> r = named(g, reference);
      if (u.isPresent() && r.isPresent()) {
        return Optional.of(u.get().factor() / r.get().factor());
      }
    }
    return Optional.empty();
  }

  private static Optional<Unit> named(UnitGroup g, String name) {
    return g.units().stream().filter(u -> name.equals(u.name())).findFirst();
  }
}
