package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.ui.EntryForms.Field;
import org.minecarbon.server.ui.EntryForms.Form;
import org.minecarbon.server.ui.MonthGrid.Key;
import org.minecarbon.server.ui.MonthGrid.Line;
import org.minecarbon.server.ui.MonthGrid.Placed;
import org.minecarbon.store.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month grid of one source (site × month of a year) with paste from Excel, bulk edit and bulk
 * delete: one submit is one {@link InventoryService#applyAll} transaction — every cell is checked
 * and every problem shown in its cell, and nothing is saved while any is invalid.
 */
@Controller
class MonthGridController {
  private final InventoryService inventory;
  private final EnterpriseService enterprises;
  private final WorkflowService workflow;
  private final Refusals refusals;

  MonthGridController(
      InventoryService inventory,
      EnterpriseService enterprises,
      WorkflowService workflow,
      Refusals refusals) {
    this.inventory = inventory;
    this.enterprises = enterprises;
    this.workflow = workflow;
    this.refusals = refusals;
  }

  /** A problem of a cell (line index, month) as the grid lists it. */
  record CellIssue(int line, int month, String site, Issue issue) {}

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/entry/month")
  String grid(
      @PathVariable long eid,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) @Nullable Integer year,
      Model model) {
    Key key = key(params);
    int y = year != null ? year : latestYear(eid);
    List<Line> stored = stored(eid, y, key);
    fill(eid, y, key, model);
    model.addAttribute("lines", stored);
    model.addAttribute("typed", texts(stored));
    model.addAttribute("issues", List.of());
    return "month-grid";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/entry/month")
  String save(
      @PathVariable long eid,
      @RequestParam Map<String, String> params,
      @RequestParam int year,
      Model model) {
    Key key = key(params);
    List<Line> stored = stored(eid, year, key);
    List<List<String>> typed = typed(params, stored.size());
    String paste = params.getOrDefault("paste", "");
    if (params.containsKey("fill") && !paste.isBlank()) {
      fillFromPaste(typed, MonthGrid.parsePaste(paste));
      return show(eid, year, key, stored, typed, List.of(), model);
    }
    for (int l = 0; l < stored.size(); l++) {
      if (params.containsKey("clear." + l)) {
        typed.set(l, new ArrayList<>(java.util.Collections.nCopies(12, "")));
      }
    }
    Map<Long, RowView> byId = new LinkedHashMap<>();
    inventory.rows(eid, new RowFilter(null, year, null, null)).forEach(r -> byId.put(r.id(), r));
    List<Placed> placed = MonthGrid.changes(year, key, stored, typed, byId);
    try {
      inventory.applyAll(eid, placed.stream().map(Placed::change).toList());
      int[] n = counts(placed);
      return String.format(
          "redirect:/e/%d/entry/month?year=%d&%s&added=%d&changed=%d&deleted=%d",
          eid, year, query(key), n[0], n[1], n[2]);
    } catch (InvalidInputException e) {
      return show(eid, year, key, stored, typed, placeIssues(e.issues(), placed, stored), model);
    } catch (StaleVersionException e) {
      model.addAttribute("stale", true);
    } catch (RefusedException | ForbiddenException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
    }
    return show(eid, year, key, stored, typed, List.of(), model);
  }

  private String show(
      long eid,
      int year,
      Key key,
      List<Line> stored,
      List<List<String>> typed,
      List<CellIssue> issues,
      Model model) {
    fill(eid, year, key, model);
    model.addAttribute("lines", stored);
    model.addAttribute("typed", typed);
    model.addAttribute("issues", issues);
    Map<String, List<Issue>> byCell = new LinkedHashMap<>();
    issues.forEach(
        i ->
            byCell
                .computeIfAbsent(i.line() + "-" + i.month(), k -> new ArrayList<>())
                .add(i.issue()));
    model.addAttribute("cellIssues", byCell);
    return "month-grid";
  }

  private static List<CellIssue> placeIssues(
      List<Issue> issues, List<Placed> placed, List<Line> stored) {
    List<CellIssue> out = new ArrayList<>();
    for (Issue i : issues) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^/changes/(\\d+)(.*)$").matcher(i.pointer());
      if (m.matches() && i.isError()) {
        Placed p = placed.get(Integer.parseInt(m.group(1)));
        Issue rel =
            new Issue(
                i.code(),
                i.severity(),
                i.message(),
                m.group(2),
                i.value(),
                i.expected(),
                i.location());
        out.add(new CellIssue(p.line(), p.month(), stored.get(p.line()).name(), rel));
      }
    }
    return out;
  }

  private static int[] counts(List<Placed> placed) {
    int[] n = new int[3];
    for (Placed p : placed) {
      switch (p.change()) {
        case RowChange.Add a -> n[0]++;
        case RowChange.Update u -> n[1]++;
        case RowChange.Delete d -> n[2]++;
      }
    }
    return n;
  }

  /** Pasted lines fill the grid from the first line and month; extra lines and columns drop. */
  private static void fillFromPaste(List<List<String>> typed, List<List<String>> pasted) {
    for (int l = 0; l < Math.min(typed.size(), pasted.size()); l++) {
      List<String> src = pasted.get(l);
      for (int m = 0; m < Math.min(12, src.size()); m++) {
        typed.get(l).set(m, src.get(m));
      }
    }
  }

  private static List<List<String>> typed(Map<String, String> params, int lines) {
    List<List<String>> out = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      List<String> cells = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        cells.add(params.getOrDefault("c." + l + "." + m, "").strip());
      }
      out.add(cells);
    }
    return out;
  }

  private static List<List<String>> texts(List<Line> lines) {
    List<List<String>> out = new ArrayList<>();
    lines.forEach(
        l -> out.add(new ArrayList<>(l.cells().stream().map(MonthGrid.Cell::text).toList())));
    return out;
  }

  private List<Line> stored(long eid, int year, Key key) {
    Map<String, String> sites = new LinkedHashMap<>();
    enterprises
        .sites(eid)
        .forEach(s -> sites.put(s.code(), s.name() != null ? s.name() : s.code()));
    return MonthGrid.lines(sites, inventory.rows(eid, new RowFilter(null, year, null, null)), key);
  }

  /** The grid's type, cell field and pick-list choices from the request (defaults otherwise). */
  static Key key(Map<String, String> params) {
    String type = params.getOrDefault("type", "fuel");
    Form form = EntryForms.of(type).orElseGet(() -> EntryForms.of("fuel").orElseThrow());
    List<String> fields = MonthGrid.fields(form);
    String field = params.getOrDefault("field", "");
    if (!fields.contains(field)) {
      field = fields.isEmpty() ? "" : fields.getFirst();
    }
    Map<String, String> fixed = new LinkedHashMap<>();
    for (Field f : MonthGrid.choices(form)) {
      String v = params.get("k." + f.field());
      fixed.put(f.field(), v != null ? v.strip() : f.defaultValue());
    }
    return new Key(form.type(), field, fixed);
  }

  static String query(Key key) {
    StringBuilder q = new StringBuilder("type=" + enc(key.type()) + "&field=" + enc(key.field()));
    key.fixed().forEach((f, v) -> q.append("&k.").append(f).append('=').append(enc(v)));
    return q.toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private void fill(long eid, int year, Key key, Model model) {
    Form form = EntryForms.of(key.type()).orElseThrow();
    model.addAttribute("eid", eid);
    model.addAttribute("year", year);
    model.addAttribute("key", key);
    model.addAttribute("query", query(key));
    model.addAttribute("fields", MonthGrid.fields(form));
    model.addAttribute("choices", MonthGrid.choices(form));
    model.addAttribute("yearStatus", workflow.status(eid, year));
    model.addAttribute("cellIssues", Map.of());
  }

  private int latestYear(long eid) {
    List<Integer> years = inventory.years(eid);
    return years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.getLast();
  }
}
