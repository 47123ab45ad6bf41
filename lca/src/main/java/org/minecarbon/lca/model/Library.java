package org.minecarbon.lca.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An imported, checked LCA database: every reference between its entities resolves. Maps keep the
 * order they were read in (sorted by @id by the reader, so results do not depend on zip order).
 */
public record Library(
    Map<String, UnitGroup> unitGroups,
    Map<String, FlowProperty> properties,
    Map<String, Flow> flows,
    Map<String, Process> processes,
    List<Parameter> globalParameters,
    Map<String, ImpactMethod> methods) {
  public Library {
    unitGroups = unmodifiable(unitGroups);
    properties = unmodifiable(properties);
    flows = unmodifiable(flows);
    processes = unmodifiable(processes);
    globalParameters = List.copyOf(globalParameters);
    methods = unmodifiable(methods);
  }

  /** A library without LCIA methods. */
  public Library(
      Map<String, UnitGroup> unitGroups,
      Map<String, FlowProperty> properties,
      Map<String, Flow> flows,
      Map<String, Process> processes,
      List<Parameter> globalParameters) {
    this(unitGroups, properties, flows, processes, globalParameters, Map.of());
  }

  /** The same library with other processes (Monte Carlo draws, evaluated formulas). */
  public Library withProcesses(Map<String, Process> newProcesses) {
    return new Library(unitGroups, properties, flows, newProcesses, globalParameters, methods);
  }

  private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public Optional<Process> process(String id) {
    return Optional.ofNullable(processes.get(id));
  }

  public Flow flow(String id) {
    Flow f = flows.get(id);
    if (f == null) {
      throw new IllegalArgumentException("unknown flow " + id);
    }
    return f;
  }

  /** The unit with this @id in any unit group. */
  public Optional<Unit> unit(String id) {
    return unitGroups.values().stream()
        .flatMap(g -> g.units().stream())
        .filter(u -> u.id().equals(id))
        .findFirst();
  }

  /** The reference unit of a flow's reference property (the unit results are reported in). */
  public Optional<Unit> referenceUnit(Flow flow) {
    return flow.referenceProperty()
        .map(p -> properties.get(p.propertyId()))
        .map(p -> unitGroups.get(p.unitGroupId()))
        .map(UnitGroup::referenceUnit);
  }

  public Collection<Process> allProcesses() {
    return processes.values();
  }
}
