package org.minecarbon.server.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.SiteView;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The completeness grid of a year (site × source × month), linked from the years page. */
@Controller
class CompletenessController {
  private final InventoryService inventory;
  private final EnterpriseService enterprises;

  CompletenessController(InventoryService inventory, EnterpriseService enterprises) {
    this.inventory = inventory;
    this.enterprises = enterprises;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/completeness")
  String grid(
      @PathVariable long eid, @RequestParam(required = false) @Nullable Integer year, Model model) {
    List<Integer> years = inventory.years(eid);
    int y =
        year != null
            ? year
            : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.getLast();
    List<SiteView> sites = enterprises.sites(eid);
    Map<String, String> names = new HashMap<>();
    sites.forEach(s -> names.put(s.code(), s.name() != null ? s.name() : s.code()));
    List<Completeness.Line> lines =
        Completeness.of(
            sites.stream().map(SiteView::code).toList(),
            inventory.rows(eid, new RowFilter(null, y, null, null)));
    model.addAttribute("eid", eid);
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("lines", lines);
    model.addAttribute("siteNames", names);
    model.addAttribute("gaps", lines.stream().mapToLong(Completeness.Line::gaps).sum());
    return "completeness";
  }
}
