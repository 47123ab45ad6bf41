package org.minecarbon.lca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowProperty;
import org.minecarbon.lca.model.FlowPropertyFactor;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.ProcessType;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;

/** A hand-made library for golden tests: mass (kg, t = 1000 kg) and energy (MJ, kWh = 3.6 MJ). */
final class TinyLibrary {
  final Map<String, Flow> flows = new LinkedHashMap<>();
  final Map<String, Process> processes = new LinkedHashMap<>();

  TinyLibrary() {
    flow(
        "co2",
        "Carbon dioxide, fossil",
        FlowType.ELEMENTARY_FLOW,
        "Elementary flows/air/unspecified");
    flow("ch4", "Methane, fossil", FlowType.ELEMENTARY_FLOW, "Elementary flows/air/unspecified");
  }

  TinyLibrary flow(String id, String name, FlowType type, String category) {
    flows.put(
        id,
        new Flow(id, name, type, category, "", List.of(new FlowPropertyFactor("mass", 1, true))));
    return this;
  }

  /** An energy-measured product flow. */
  TinyLibrary energyFlow(String id) {
    flows.put(
        id,
        new Flow(
            id,
            id,
            FlowType.PRODUCT_FLOW,
            "",
            "",
            List.of(new FlowPropertyFactor("energy", 1, true))));
    return this;
  }

  static Exchange out(String flow, double amount, String unit, boolean ref) {
    return new Exchange(
        flow + "-o", flow, unit, prop(unit), amount, "", false, false, ref, "", null);
  }

  static Exchange in(String flow, double amount, String unit) {
    return new Exchange(
        flow + "-i", flow, unit, prop(unit), amount, "", true, false, false, "", null);
  }

  static Exchange inFormula(String flow, String formula, String unit) {
    return new Exchange(
        flow + "-i", flow, unit, prop(unit), 0, formula, true, false, false, "", null);
  }

  static Exchange inFrom(String flow, double amount, String unit, String provider) {
    return new Exchange(
        flow + "-i", flow, unit, prop(unit), amount, "", true, false, false, provider, null);
  }

  private static String prop(String unit) {
    return unit.equals("kg") || unit.equals("t") ? "mass" : "energy";
  }

  TinyLibrary process(String id, Exchange... exchanges) {
    return process(
        id, id, ProcessType.UNIT_PROCESS, List.of(), AllocationMethod.NONE, List.of(), exchanges);
  }

  TinyLibrary process(
      String id,
      String name,
      ProcessType type,
      List<Parameter> params,
      AllocationMethod alloc,
      List<AllocationFactor> factors,
      Exchange... exchanges) {
    processes.put(id, new Process(id, name, type, "", List.of(exchanges), params, alloc, factors));
    return this;
  }

  Library build() {
    Map<String, UnitGroup> groups = new LinkedHashMap<>();
    groups.put(
        "mass-units",
        new UnitGroup(
            "mass-units",
            "mass",
            "kg",
            List.of(new Unit("kg", "kg", 1), new Unit("t", "t", 1000))));
    groups.put(
        "energy-units",
        new UnitGroup(
            "energy-units",
            "energy",
            "MJ",
            List.of(new Unit("MJ", "MJ", 1), new Unit("kWh", "kWh", 3.6))));
    Map<String, FlowProperty> props = new LinkedHashMap<>();
    props.put("mass", new FlowProperty("mass", "Mass", "mass-units"));
    props.put("energy", new FlowProperty("energy", "Energy", "energy-units"));
    return new Library(groups, props, flows, processes, new ArrayList<>());
  }
}
