package org.minecarbon.server.ui;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.footprint.LcaProcessService;
import org.minecarbon.app.footprint.ProcessQuery;
import org.minecarbon.app.footprint.ProcessResultOptions;
import org.minecarbon.app.footprint.ProcessResultView;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.lca.ContributionWriter;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A background database's processes (search, pick one) and a process's footprint: total, the
 * contributions bar chart and tables, the upstream tree, the inventory and the export links.
 */
@Controller
class LcaProcessController {
  private final LcaDatabaseService databases;
  private final LcaProcessService processes;

  LcaProcessController(LcaDatabaseService databases, LcaProcessService processes) {
    this.databases = databases;
    this.processes = processes;
  }

  @Requires(Permission.READ)
  @GetMapping("/lca/databases/{dbId}/processes")
  String search(
      @PathVariable long dbId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("db", databases.get(dbId));
    model.addAttribute("q", q);
    model.addAttribute("category", category);
    model.addAttribute(
        "result",
        processes.processes(dbId, new ProcessQuery(q, category, page, ProcessQuery.DEFAULT_SIZE)));
    return "lca-processes";
  }

  @Requires(Permission.READ)
  @GetMapping("/lca/databases/{dbId}/processes/{processId}")
  String result(
      @PathVariable long dbId,
      @PathVariable String processId,
      @RequestParam(required = false) @Nullable String amount,
      @RequestParam(required = false) @Nullable String method,
      @RequestParam(required = false) @Nullable Integer page,
      Model model) {
    model.addAttribute("db", databases.get(dbId));
    model.addAttribute("methods", processes.methods(dbId));
    model.addAttribute("processId", processId);
    model.addAttribute("amount", amount == null ? "1" : amount);
    model.addAttribute("method", method == null ? ProcessResultOptions.DEFAULT_METHOD : method);
    try {
      ProcessResultOptions o = ProcessResultOptions.parse(amount, method, null, null, page);
      ProcessResultView r = processes.result(dbId, processId, o);
      model.addAttribute("r", r);
      model.addAttribute("tree", ContributionWriter.tree(r.tree()));
      model.addAttribute("upstreamUnit", r.method().unit());
      model.addAttribute("chart", chart(r));
      model.addAttribute("issues", List.of());
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
    }
    return "lca-process";
  }

  /** The bar chart's data: the top processes and the rest, amounts in the method's unit. */
  private static String chart(ProcessResultView r) {
    List<String> names =
        new java.util.ArrayList<>(
            r.byProcess().stream().map(ProcessContribution::processName).toList());
    List<Double> values =
        new java.util.ArrayList<>(r.byProcess().stream().map(ProcessContribution::amount).toList());
    if (r.processRest().count() > 0) {
      names.add("…");
      values.add(r.processRest().amount());
    }
    return JsonCodec.mapper()
        .writeValueAsString(Map.of("names", names, "values", values, "unit", r.method().unit()));
  }
}
