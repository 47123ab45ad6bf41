package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.FootprintComputation;
import org.minecarbon.app.footprint.FootprintJob;
import org.minecarbon.app.footprint.FootprintOptions;
import org.minecarbon.app.footprint.FootprintRunView;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The product footprint page: choose year, product, allocation and method; compute (EDIT_DATA); the
 * result by stage (stacked bar), by origin and by row, each row linked to its explanation; the
 * links editor (EDIT_DATA); the result JSON to download.
 */
@Controller
class FootprintController {
  /** Stage order of the chart and table: exploration → mining → processing → restoration. */
  static final List<String> STAGES =
      List.of(
          "exploration",
          "mining",
          "processing",
          "transport",
          "restoration",
          "smelting",
          "auxiliary",
          "unassigned");

  static final List<String> ORIGINS = List.of("direct", "electricity", "upstream", "removals");

  private final FootprintService footprints;
  private final LcaDatabaseService databases;
  private final InventoryService inventories;
  private final UiLabels ui;

  FootprintController(
      FootprintService footprints,
      LcaDatabaseService databases,
      InventoryService inventories,
      UiLabels ui) {
    this.footprints = footprints;
    this.databases = databases;
    this.inventories = inventories;
    this.ui = ui;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/enterprises/{eid}/footprints")
  String alias(@PathVariable long eid) {
    return "redirect:/e/" + eid + "/footprints";
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/footprints")
  String page(
      @PathVariable long eid,
      @RequestParam(required = false) @Nullable Long run,
      @RequestParam(required = false) @Nullable String job,
      @RequestParam(required = false) @Nullable Integer year,
      Model model) {
    List<Integer> years = inventories.years(eid);
    int selected = year != null ? year : years.isEmpty() ? 0 : years.getLast();
    model.addAttribute("eid", eid);
    model.addAttribute("years", years);
    model.addAttribute("year", selected);
    model.addAttribute("products", selected == 0 ? List.of() : footprints.products(eid, selected));
    List<FootprintRunView> runs = footprints.runs(eid);
    model.addAttribute("runs", runs);
    model.addAttribute("job", job == null ? null : footprints.job(eid, job));
    Long shown = run != null ? run : runs.isEmpty() ? null : runs.getFirst().id();
    FootprintRunView view = shown == null ? null : footprints.run(eid, shown);
    model.addAttribute("run", view);
    JsonNode band = null;
    if (view != null && view.result() != null) {
      band = footprints.band(eid, view.id()).orElse(null);
      result(view.result(), band, model);
    }
    model.addAttribute("band", band);
    // JSON-LD's "@id" key: an '@' inside a template expression is refused by Thymeleaf's
    // restricted-expression check, so the key comes from the model
    model.addAttribute("idKey", "@id");
    model.addAttribute("links", footprints.links(eid));
    model.addAttribute(
        "linksText",
        JsonCodec.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(footprints.links(eid).links()));
    model.addAttribute("databases", databases.list());
    if (!model.containsAttribute("issues")) {
      model.addAttribute("issues", List.of());
    }
    return "footprints";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/footprints")
  String compute(
      @PathVariable long eid,
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String product,
      @RequestParam(defaultValue = "mass") String allocation,
      @RequestParam(defaultValue = FootprintOptions.DEFAULT_METHOD) String method,
      Model model) {
    Result<FootprintOptions> options = FootprintOptions.parse(year, product, allocation, method);
    try {
      if (!(options instanceof Result.Ok<FootprintOptions> ok)) {
        throw new InvalidInputException("invalid footprint options", options.issues());
      }
      return switch (footprints.compute(eid, ok.value())) {
        case FootprintComputation.Done d ->
            "redirect:/e/" + eid + "/footprints?run=" + d.run().id();
        case FootprintComputation.Queued q ->
            "redirect:/e/" + eid + "/footprints?job=" + q.job().id();
      };
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
      return page(eid, null, null, null, model);
    }
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/footprints/links")
  String saveLinks(
      @PathVariable long eid,
      @RequestParam(defaultValue = "") String databaseId,
      @RequestParam(defaultValue = "") String links,
      Model model) {
    try {
      Result<JsonNode> parsed =
          JsonCodec.parse(links.getBytes(java.nio.charset.StandardCharsets.UTF_8), "LINKS.json");
      if (!(parsed instanceof Result.Ok<JsonNode> ok)) {
        throw new InvalidInputException("LINKS.json does not parse", parsed.issues());
      }
      Long db = databaseId.isBlank() ? null : Long.valueOf(databaseId.strip());
      footprints.saveLinks(eid, db, ok.value());
      return "redirect:/e/" + eid + "/footprints?linksSaved";
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
      return page(eid, null, null, null, model);
    }
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/footprints/{run}/uncertainty")
  String simulate(
      @PathVariable long eid,
      @PathVariable long run,
      @RequestParam(defaultValue = "200") String iterations,
      @RequestParam(defaultValue = "1") String seed,
      Model model) {
    try {
      int n = parse(iterations, "iterations").intValue();
      long s = parse(seed, "seed");
      FootprintJob job = footprints.simulate(eid, run, n, s);
      return "redirect:/e/" + eid + "/footprints?run=" + run + "&job=" + job.id();
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
      return page(eid, run, null, null, model);
    }
  }

  private static Long parse(String text, String field) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          Issue.error("INVALID_OPTION", field, "not a whole number", text, "a whole number"));
    }
  }

  /** The result's figures for the page: stages, origins, contributions and the chart data. */
  private void result(JsonNode r, @Nullable JsonNode band, Model model) {
    Map<String, Double> stages = new LinkedHashMap<>();
    for (String s : STAGES) {
      if (r.path("byStage").has(s)) {
        stages.put(s, r.path("byStage").path(s).asDouble());
      }
    }
    Map<String, Double> origins = new LinkedHashMap<>();
    ORIGINS.forEach(o -> origins.put(o, r.path("byOrigin").path(o).asDouble()));
    List<JsonNode> contributions = new ArrayList<>();
    r.path("contributions").forEach(contributions::add);
    model.addAttribute("result", r);
    model.addAttribute("stages", stages);
    model.addAttribute("origins", origins);
    model.addAttribute("contributions", contributions);
    model.addAttribute("chart", chart(r, stages.keySet(), band));
  }

  /** Per stage and origin (stacked), as JSON for the page's script (no inline scripts: CSP). */
  private String chart(JsonNode r, Iterable<String> stages, @Nullable JsonNode band) {
    var root = JsonCodec.mapper().createObjectNode();
    if (band != null) {
      var b = root.putObject("band");
      for (String q : List.of("p5", "p50", "p95")) {
        var values = b.putArray(q);
        stages.forEach(s -> values.add(band.path("byStage").path(s).path(q).asDouble()));
      }
    }
    var stageArray = root.putArray("stages");
    stages.forEach(s -> stageArray.add(ui.stage(s)));
    var series = root.putObject("series");
    for (String o : ORIGINS) {
      var values = series.putArray(o);
      for (String s : stages) {
        double sum = 0;
        for (JsonNode c : r.path("contributions")) {
          if (s.equals(c.path("stage").asString())) {
            sum += c.path("byOrigin").path(o).asDouble(0);
          }
        }
        values.add(sum);
      }
    }
    return root.toString();
  }
}
