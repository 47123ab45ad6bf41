package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.plan.PlanDiff;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing a saved plan (issue 13): the numbers of its measures beside the catalogue's, measures of
 * the user's own, the scenarios' prices and paths — saved as the next version; and the differences
 * between two versions in words.
 */
@Controller
class PlanEditController {
  private final PlanService plans;
  private final IssueText issueText;
  private final PlanDiffText diffText;

  PlanEditController(PlanService plans, IssueText issueText, MessageSource messages) {
    this.plans = plans;
    this.issueText = issueText;
    this.diffText = new PlanDiffText(messages);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @GetMapping("/e/{eid}/plans/{planId}/edit")
  String edit(@PathVariable long eid, @PathVariable long planId, Model model) {
    PlanVersion v = plans.get(eid, planId, null);
    model.addAttribute("customAt", Map.of());
    return page(eid, v, v.document(), Map.of(), List.of(), model);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/plans/{planId}/edit")
  String save(
      @PathVariable long eid,
      @PathVariable long planId,
      @RequestParam Map<String, String> params,
      Model model) {
    PlanVersion v = plans.get(eid, planId, null);
    List<Issue> issues = new ArrayList<>();
    PlanEditForm.Applied applied = PlanEditForm.apply(v.document(), params, issues);
    model.addAttribute("customAt", applied.customAt());
    if (issues.isEmpty()) {
      try {
        plans.save(eid, planId, applied.document());
        return "redirect:/e/" + eid + "/plans/" + planId;
      } catch (InvalidInputException e) {
        issues.addAll(e.issues());
      }
    }
    return page(eid, v, v.document(), params, issues, model);
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/plans/{planId}/diff")
  String diff(
      @PathVariable long eid,
      @PathVariable long planId,
      @RequestParam int from,
      @RequestParam(required = false) @Nullable Integer to,
      Model model) {
    PlanVersion newer = plans.get(eid, planId, to);
    PlanVersion older = plans.get(eid, planId, from);
    model.addAttribute("eid", eid);
    model.addAttribute("plan", newer);
    model.addAttribute("older", older);
    model.addAttribute(
        "changes", diffText.words(PlanDiff.between(older.document(), newer.document())));
    return "plan-diff";
  }

  private String page(
      long eid,
      PlanVersion v,
      tools.jackson.databind.JsonNode doc,
      Map<String, String> typed,
      List<Issue> issues,
      Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("plan", v);
    model.addAttribute("measures", PlanEditForm.measures(doc));
    model.addAttribute("scenarios", PlanScenarioForm.rows(doc));
    model.addAttribute("typed", typed);
    model.addAttribute("issues", issues);
    model.addAttribute("fieldErrors", fieldErrors(issues));
    PlanCustomForm.addChoices(model);
    return "plan-edit";
  }

  /** Each problem's sentence by its pointer, so the page shows it at the field. */
  private Map<String, String> fieldErrors(List<Issue> issues) {
    Map<String, String> out = new HashMap<>();
    issues.forEach(i -> out.merge(i.pointer(), issueText.what(i), (a, b) -> a + " " + b));
    return out;
  }
}
