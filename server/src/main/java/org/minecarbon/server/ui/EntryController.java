package org.minecarbon.server.ui;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.minecarbon.store.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data entry: the rows of one period (a year, optionally one month) and site as a grid, with add,
 * edit and delete. Every change is validated by {@link InventoryService} in the context of the
 * whole enterprise; its issues are shown next to the field their pointer names.
 */
@Controller
class EntryController {
  private final InventoryService inventory;
  private final EnterpriseService enterprises;
  private final WorkflowService workflow;
  private final Refusals refusals;

  EntryController(
      InventoryService inventory,
      EnterpriseService enterprises,
      WorkflowService workflow,
      Refusals refusals) {
    this.refusals = refusals;
    this.inventory = inventory;
    this.enterprises = enterprises;
    this.workflow = workflow;
  }

  /** The grid's filter, echoed in links and hidden fields. */
  record Period(int year, @Nullable Integer month, @Nullable String site) {
    String query() {
      return "year="
          + year
          + (month != null ? "&month=" + month : "")
          + (site != null
              ? "&site=" + java.net.URLEncoder.encode(site, java.nio.charset.StandardCharsets.UTF_8)
              : "");
    }

    /** Default period of a new row: the month if one is selected, else the year. */
    public String defaultPeriod() {
      return month != null ? String.format("%04d-%02d", year, month) : Integer.toString(year);
    }
  }

  /** A stored row and its fields as the form shows them. */
  record Line(RowView row, RowForm form) {}

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/entry")
  String grid(
      @PathVariable long eid,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable Integer month,
      @RequestParam(required = false) @Nullable String site,
      @RequestParam(required = false) @Nullable Long edit,
      @RequestParam(required = false) @Nullable String type,
      Model model) {
    Period p = period(eid, year, month, site);
    fill(eid, p, model);
    model.addAttribute("editId", edit);
    if (edit != null) {
      model.addAttribute("editForm", RowForm.of(inventory.row(eid, edit)));
    }
    model.addAttribute("editErrors", Map.of());
    model.addAttribute("form", newForm(p, type));
    model.addAttribute("errors", Map.of());
    return "entry";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/entry/rows")
  String add(@PathVariable long eid, @RequestParam Map<String, String> params, Model model) {
    RowForm form = RowForm.of(params);
    Period p =
        period(
            eid,
            intOrNull(params.get("fYear")),
            intOrNull(params.get("fMonth")),
            blankToNull(params.get("fSite")));
    List<Issue> problems = new ArrayList<>();
    ObjectNode doc = form.toDoc(problems);
    try {
      if (problems.isEmpty()) {
        inventory.addRow(eid, form.rowKind(), doc);
        return "redirect:/e/" + eid + "/entry?" + p.query() + "&added";
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.issues());
    } catch (RefusedException | ForbiddenException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
    }
    fill(eid, p, model);
    model.addAttribute("editErrors", Map.of());
    model.addAttribute("form", form);
    model.addAttribute("errors", form.byField(problems));
    model.addAttribute("allIssues", problems);
    return "entry";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/entry/rows/{rid}")
  String update(
      @PathVariable long eid,
      @PathVariable long rid,
      @RequestParam Map<String, String> params,
      Model model) {
    RowForm form = RowForm.of(params);
    Period p =
        period(
            eid,
            intOrNull(params.get("fYear")),
            intOrNull(params.get("fMonth")),
            blankToNull(params.get("fSite")));
    List<Issue> problems = new ArrayList<>();
    ObjectNode doc = form.toDoc(problems);
    Long version = version(params.get("version"));
    try {
      if (problems.isEmpty()) {
        inventory.updateRow(eid, rid, doc, version);
        return "redirect:/e/" + eid + "/entry?" + p.query() + "&saved";
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.issues());
    } catch (StaleVersionException e) {
      model.addAttribute("stale", true);
      // keep the version the user loaded: saving again stays refused until the row is reloaded
      model.addAttribute("editVersion", version);
    } catch (RefusedException | ForbiddenException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
    }
    fill(eid, p, model);
    model.addAttribute("editId", rid);
    model.addAttribute("editForm", form);
    model.addAttribute("editErrors", form.byField(problems));
    model.addAttribute("form", newForm(p, null));
    model.addAttribute("errors", Map.of());
    return "entry";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/entry/rows/{rid}/delete")
  String delete(
      @PathVariable long eid,
      @PathVariable long rid,
      @RequestParam Map<String, String> params,
      Model model) {
    Period p =
        period(
            eid,
            intOrNull(params.get("fYear")),
            intOrNull(params.get("fMonth")),
            blankToNull(params.get("fSite")));
    try {
      inventory.deleteRow(eid, rid);
      return "redirect:/e/" + eid + "/entry?" + p.query() + "&deleted";
    } catch (RefusedException | ForbiddenException e) {
      // refused (locked year, outside the site scope): said on the page, never silently nothing
      model.addAttribute("refused", refusals.explain(e, eid));
      fill(eid, p, model);
      model.addAttribute("editErrors", Map.of());
      model.addAttribute("form", newForm(p, null));
      model.addAttribute("errors", Map.of());
      return "entry";
    }
  }

  private Period period(
      long eid, @Nullable Integer year, @Nullable Integer month, @Nullable String site) {
    int y = year != null ? year : latestYear(eid);
    Integer m = month != null && month >= 1 && month <= 12 ? month : null;
    return new Period(y, m, site == null || site.isBlank() ? null : site);
  }

  private int latestYear(long eid) {
    List<Integer> years = inventory.years(eid);
    return years.isEmpty() ? Year.now().getValue() - 1 : years.getLast();
  }

  private void fill(long eid, Period p, Model model) {
    List<Integer> years = new ArrayList<>(inventory.years(eid));
    if (!years.contains(p.year())) {
      years.add(p.year());
      years.sort(null);
    }
    List<RowView> rows = inventory.rows(eid, new RowFilter(null, p.year(), p.month(), p.site()));
    model.addAttribute("eid", eid);
    model.addAttribute("period", p);
    model.addAttribute("years", years);
    model.addAttribute("rows", rows.stream().map(r -> new Line(r, RowForm.of(r))).toList());
    var sites = enterprises.sites(eid);
    model.addAttribute("sites", sites);
    Map<String, String> names = new java.util.HashMap<>();
    sites.forEach(s -> names.put(s.code(), s.name() != null ? s.name() : s.code()));
    model.addAttribute("siteNames", names);
    model.addAttribute("sources", Source.values());
    model.addAttribute("sinkTypes", SinkType.values());
    model.addAttribute("stages", Stage.values());
    model.addAttribute("yearStatus", workflow.status(eid, p.year()));
  }

  /** An empty form of the chosen type (fuel by default) with the type's default selections. */
  private static RowForm newForm(Period p, @Nullable String type) {
    RowForm f = new RowForm();
    f.period = p.defaultPeriod();
    f.site = p.site() == null ? "" : p.site();
    f.type = type != null && EntryForms.of(type).isPresent() ? type : "fuel";
    f.kind = EntryForms.kindOf(f.type).code();
    for (EntryForms.Field field : f.form().fields()) {
      if (field.input() == EntryForms.Input.SELECT && !field.defaultValue().isEmpty()) {
        f.values.put(field.field(), field.defaultValue());
      }
    }
    return f;
  }

  /**
   * The version the form was loaded with; a form without one cannot match any stored version, so it
   * is refused as stale rather than overwriting (optimistic locking is required).
   */
  private static Long version(@Nullable String s) {
    try {
      return s == null || s.isBlank() ? -1L : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  private static @Nullable Integer intOrNull(@Nullable String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
