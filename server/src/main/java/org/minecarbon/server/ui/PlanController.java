package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.result.Issue;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import org.minecarbon.planning.catalogue.TargetTemplate;
import org.minecarbon.planning.zone.ZoneTemplate;
import org.minecarbon.planning.zone.ZoneTemplates;
import org.minecarbon.planning.zone.Zoning;
import org.minecarbon.report.plan.MeasurePaths;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ObjectNode;

/**
 * The planner in the UI (issue 13): the plans of an enterprise with an editor that picks measures
 * from the catalogue, a plan's page with its measures and runs, and a run's page (progress by htmx
 * polling, then the pathway and MACC charts, phases, adopted measures, violations, downloads).
 */
@Controller
class PlanController {
  private final PlanService plans;
  private final BalanceService balances;
  private final IssueText issueText;

  PlanController(PlanService plans, BalanceService balances, IssueText issueText) {
    this.plans = plans;
    this.balances = balances;
    this.issueText = issueText;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/plans")
  String list(@PathVariable long eid, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("plans", plans.list(eid));
    model.addAttribute(
        "catalogue",
        catalogue().stream()
            .map(
                c ->
                    new EditorRow(
                        c,
                        Math.max(0, MeasurePaths.PATHS.indexOf(c.path())),
                        PlanForm.unknowns(c),
                        PlanForm.effectText(c).matches("^(generate|sink).*"),
                        PlanForm.preset(c)))
            .toList());
    Optional<Zoning> zoning = plans.zoning(eid);
    model.addAttribute("zoning", zoning.orElse(null));
    model.addAttribute("zoneTemplate", zoning.map(z -> ZoneTemplates.of(z.zone())).orElse(null));
    model.addAttribute("provinceEnergy", plans.provinceEnergy());
    model.addAttribute("templates", MeasureCatalogue.targetTemplates());
    model.addAttribute("baseYear", baseYear(eid));
    model.addAttribute("products", products(eid));
    model.addAttribute("issues", List.of());
    model.addAttribute("typed", Map.of());
    model.addAttribute("fieldErrors", Map.of());
    model.addAttribute(
        "customAt",
        model.getAttribute("customAt") == null ? Map.of() : model.getAttribute("customAt"));
    PlanCustomForm.addChoices(model);
    return "plans";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/plans")
  String create(@PathVariable long eid, @RequestParam Map<String, String> params, Model model) {
    var byMeasure = PlanForm.byMeasure(params);
    List<PlanForm.Pick> picks = new ArrayList<>();
    for (CatalogueEntry e : catalogue()) {
      Map<String, String> f = byMeasure.getOrDefault(e.id(), Map.of());
      if ("on".equals(f.get("pick"))) {
        picks.add(
            new PlanForm.Pick(
                e,
                f.get("value"),
                f.get("second"),
                f.get("capex"),
                f.get("opex"),
                f.get("lifetime"),
                f.get("earliest")));
      }
    }
    TargetTemplate template =
        Stream.concat(
                MeasureCatalogue.targetTemplates().stream(),
                ZoneTemplates.builtIn().stream().map(ZoneTemplate::asTargetTemplate))
            .filter(t -> t.id().equals(params.get("template")))
            .findFirst()
            .orElse(null);
    String name = params.getOrDefault("name", "").strip();
    var settings =
        new PlanForm.Settings(
            name.isEmpty() ? "规划" : name,
            intOr(params.get("baseYear"), baseYear(eid)),
            intOr(params.get("to"), 2060),
            params.get("discountRate"),
            params.get("allowanceFrom"),
            params.get("allowanceTo"),
            params.get("electricity"),
            template,
            params.get("product"));
    try {
      ObjectNode doc = PlanForm.document(settings, picks);
      scenario(doc, "low", params.get("scenarioLowFrom"), params.get("scenarioLowTo"));
      scenario(doc, "high", params.get("scenarioHighFrom"), params.get("scenarioHighTo"));
      List<Issue> own = new ArrayList<>();
      model.addAttribute("customAt", PlanEditForm.custom(doc.withArray("measures"), params, own));
      if (!own.isEmpty()) {
        return listWith(eid, model, own, params);
      }
      PlanVersion v = plans.create(eid, doc);
      return "redirect:/e/" + eid + "/plans/" + v.planId();
    } catch (InvalidInputException e) {
      return listWith(eid, model, e.issues(), params);
    }
  }

  /** The plans page again with the problems of the form, each also at its field. */
  private String listWith(long eid, Model model, List<Issue> issues, Map<String, String> params) {
    list(eid, model);
    model.addAttribute("issues", issues);
    model.addAttribute("typed", params);
    Map<String, String> at = new java.util.HashMap<>();
    issues.forEach(i -> at.merge(i.pointer(), issueText.what(i), (a, b) -> a + " " + b));
    model.addAttribute("fieldErrors", at);
    return "plans";
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/plans/{planId}")
  String plan(@PathVariable long eid, @PathVariable long planId, Model model) {
    PlanVersion v = plans.get(eid, planId, null);
    model.addAttribute("eid", eid);
    model.addAttribute("plan", v);
    model.addAttribute("versions", plans.versions(eid, planId));
    model.addAttribute("measures", PlanPageData.measures(v.document()));
    model.addAttribute("runs", plans.runs(eid, planId));
    return "plan";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/plans/{planId}/run")
  String run(@PathVariable long eid, @PathVariable long planId, Model model) {
    try {
      PlanJob job = plans.run(eid, planId, null);
      return "redirect:/e/" + eid + "/plans/" + planId + "/runs/" + job.id();
    } catch (InvalidInputException e) {
      plan(eid, planId, model);
      model.addAttribute("issues", e.issues());
      return "plan";
    }
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/plans/{planId}/runs/{job}")
  String result(
      @PathVariable long eid,
      @PathVariable long planId,
      @PathVariable String job,
      @RequestParam(required = false) @Nullable String poll,
      HttpServletResponse response,
      Model model) {
    PlanJob run = plans.job(eid, planId, job);
    if (poll != null) {
      if (run.finished()) {
        response.setHeader("HX-Refresh", "true");
      }
      model.addAttribute("run", run);
      return "plan-run :: progress";
    }
    PlanVersion v = plans.get(eid, planId, run.version());
    model.addAttribute("eid", eid);
    model.addAttribute("plan", v);
    model.addAttribute("run", run);
    model.addAttribute("data", run.result() == null ? null : PlanPageData.of(run, v.document()));
    String base = "/api/v1/enterprises/" + eid + "/plans/" + planId + "/runs/" + job;
    model.addAttribute("xlsxPath", base + "/result.xlsx");
    model.addAttribute("mpsPath", base + "/result.mps");
    model.addAttribute("pdfPath", base + "/result.pdf");
    return "plan-run";
  }

  /** A catalogue entry in the editor: its path's message index and what it asks for. */
  record EditorRow(
      CatalogueEntry entry,
      int pathIndex,
      int unknowns,
      boolean quantity,
      @Nullable String preset) {}

  private static List<CatalogueEntry> catalogue() {
    return MeasureCatalogue.builtIn().stream().filter(PlanForm::editable).toList();
  }

  private int baseYear(long eid) {
    List<BalanceYear> years = balances.balance(eid).years();
    return years.isEmpty() ? 2024 : years.get(years.size() - 1).year();
  }

  private List<String> products(long eid) {
    List<BalanceYear> years = balances.balance(eid).years();
    return years.isEmpty()
        ? List.of()
        : List.copyOf(years.get(years.size() - 1).production().keySet());
  }

  /**
   * Adds an allowance-price scenario (first and last plan year) to the document when either price
   * is given; a text that is not a number stays text, so the plan's checks name it.
   */
  private static void scenario(
      ObjectNode doc, String name, @Nullable String from, @Nullable String to) {
    boolean none = (from == null || from.isBlank()) && (to == null || to.isBlank());
    if (none) {
      return;
    }
    ObjectNode s = doc.withArray("scenarios").addObject();
    s.put("name", name);
    var allowance = s.putObject("prices").putArray("allowance");
    int first = doc.path("horizon").path("from").asInt();
    int last = doc.path("horizon").path("to").asInt();
    String a = from == null || from.isBlank() ? to : from;
    String b = to == null || to.isBlank() ? from : to;
    point(allowance.addObject().put("year", first), a);
    point(allowance.addObject().put("year", last), b);
  }

  private static void point(ObjectNode p, @Nullable String value) {
    String v = value == null ? "" : value.strip();
    try {
      p.put("value", Double.parseDouble(v));
    } catch (NumberFormatException e) {
      p.put("value", v);
    }
  }

  private static int intOr(@Nullable String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
