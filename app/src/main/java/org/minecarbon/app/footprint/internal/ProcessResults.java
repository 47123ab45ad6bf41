package org.minecarbon.app.footprint.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.footprint.LcaMethodView;
import org.minecarbon.app.footprint.LcaProcessView;
import org.minecarbon.app.footprint.ProcessResultOptions;
import org.minecarbon.app.footprint.ProcessResultView;
import org.minecarbon.io.lca.ResultTables;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.lcia.GwpMethod;
import org.minecarbon.lca.model.ImpactCategory;
import org.minecarbon.lca.model.ImpactMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.Inventory;
import org.minecarbon.store.footprint.LcaDatabaseRecord;

/** Builds a process result's view, trace and export tables from the engine's results. */
final class ProcessResults {
  private ProcessResults() {}

  /** IPCC AR6 and AR5 GWP100 (kg CO2e), then every category of the database's methods. */
  static List<LcaMethodView> methods(Library lib) {
    List<LcaMethodView> out = new ArrayList<>();
    for (String id : GwpMethod.ids()) {
      out.add(new LcaMethodView(id, id, "kg CO2e", false));
    }
    for (ImpactMethod m : lib.methods().values()) {
      for (ImpactCategory c : m.categories()) {
        out.add(new LcaMethodView(c.id(), m.name() + " / " + c.name(), c.refUnit(), true));
      }
    }
    return out;
  }

  static ProcessResultView view(
      LcaProcessView process,
      Inventory inv,
      LcaMethodView method,
      Contributions c,
      UpstreamNode tree,
      ProcessResultOptions o,
      ProcessResultView.Trace trace) {
    List<ProcessContribution> procs = c.byProcess();
    List<FlowContribution> flows = c.byFlow();
    List<FlowResult> all = inv.flows();
    int from = (int) Math.min(all.size(), (long) o.inventoryPage() * o.inventorySize());
    int to = (int) Math.min(all.size(), (long) from + o.inventorySize());
    return new ProcessResultView(
        process,
        inv.amount(),
        inv.unit(),
        method,
        c.total(),
        procs.subList(0, Math.min(o.top(), procs.size())),
        rest(procs.stream().skip(o.top()).mapToDouble(ProcessContribution::amount), c.total()),
        flows.subList(0, Math.min(o.top(), flows.size())),
        rest(flows.stream().skip(o.top()).mapToDouble(FlowContribution::amount), c.total()),
        tree,
        new ProcessResultView.InventoryPage(
            all.subList(from, to), o.inventoryPage(), o.inventorySize(), all.size()),
        trace);
  }

  private static ProcessResultView.Rest rest(java.util.stream.DoubleStream amounts, double total) {
    double[] v = amounts.toArray();
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return new ProcessResultView.Rest(v.length, sum, total == 0 ? 0 : sum / total);
  }

  static ProcessResultView.Trace trace(LcaDatabaseRecord db, Inventory inv, LcaMethodView m) {
    String mapping =
        m.imported()
            ? "characterisation factors of the imported category (by flow @id)"
            : "elementary flows to air → gases by lca gwp-flows.csv; GWP100 from core's GWP table ("
                + (m.id().contains("ar5") ? "AR5" : "AR6")
                + ")";
    return new ProcessResultView.Trace(
        db.id(),
        db.name(),
        db.schemaVersion(),
        db.sha256(),
        db.uploadedAt(),
        inv.processId(),
        m.id(),
        mapping,
        inv.processes(),
        inv.links());
  }

  /** summary, byProcess, byFlow, tree (flattened with depth), inventory. */
  static List<ResultTables.Table> tables(ProcessResultView r) {
    ProcessResultView.Trace t = r.trace();
    List<List<Object>> summary =
        List.of(
            List.of("database", t.databaseName()),
            List.of("databaseSha256", t.sha256()),
            List.of("process", r.process().id()),
            List.of("processName", r.process().name()),
            List.of("amount", r.amount()),
            List.of("unit", r.unit()),
            List.of("method", r.method().id()),
            List.of("indicatorUnit", r.method().unit()),
            List.of("total", r.total()),
            List.of("mapping", t.mapping()));
    List<List<Object>> procs = new ArrayList<>();
    r.byProcess()
        .forEach(p -> procs.add(List.of(p.processId(), p.processName(), p.amount(), p.share())));
    procs.add(rest("(rest)", r.processRest()));
    List<List<Object>> flows = new ArrayList<>();
    r.byFlow().forEach(f -> flows.add(List.of(f.flowId(), f.name(), f.amount(), f.share())));
    flows.add(rest("(rest)", r.flowRest()));
    List<List<Object>> tree = new ArrayList<>();
    flatten(r.tree(), 0, tree);
    List<List<Object>> inv = new ArrayList<>();
    for (FlowResult f : r.inventory().flows()) {
      inv.add(List.of(f.id(), f.name(), f.category(), f.direction(), f.amount(), f.unit()));
    }
    return List.of(
        new ResultTables.Table("summary", List.of("field", "value"), summary),
        new ResultTables.Table("byProcess", List.of("process", "name", "amount", "share"), procs),
        new ResultTables.Table("byFlow", List.of("flow", "name", "amount", "share"), flows),
        new ResultTables.Table(
            "upstreamTree",
            List.of("depth", "process", "name", "requiredAmount", "total", "direct", "share"),
            tree),
        new ResultTables.Table(
            "inventory", List.of("flow", "name", "category", "direction", "amount", "unit"), inv));
  }

  private static List<Object> rest(String label, ProcessResultView.Rest rest) {
    return List.of("", label + " " + rest.count(), rest.amount(), rest.share());
  }

  private static void flatten(UpstreamNode n, int depth, List<List<Object>> out) {
    out.add(
        List.of(
            depth,
            n.processId(),
            n.processName(),
            n.requiredAmount(),
            n.total(),
            n.direct(),
            n.share()));
    n.children().forEach(c -> flatten(c, depth + 1, out));
  }
}
