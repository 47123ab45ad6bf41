package org.minecarbon.server.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.benchmark.BenchmarkGap;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The balance table in the layout of seed 002 Table 1; every figure links to its explanation (an
 * htmx fragment, or the whole page with the panel filled in without JavaScript).
 */
@Controller
class BalanceController {
  private final BalancePages pages;
  private final ExplainPanels panels;

  BalanceController(BalancePages pages, ExplainPanels panels) {
    this.pages = pages;
    this.panels = panels;
  }

  /** A benchmark and the gap of a year's intensity to it. */
  record Gap(BenchmarkView benchmark, double gap, String percent, boolean worse) {}

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/balance")
  String page(
      @PathVariable long eid,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String cell,
      @RequestParam(required = false) @Nullable String product,
      Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute(
        "fugitive", List.of(Column.FUGITIVE_CH4, Column.FUGITIVE_CO2, Column.FUGITIVE_OTHER));
    model.addAttribute("sinkColumns", Column.SINKS);
    // fragment parameters are evaluated in Thymeleaf's restricted mode: no T(), no beans
    Map<String, Column> cols = new LinkedHashMap<>();
    for (Column c : Column.values()) {
      cols.put(c.name(), c);
    }
    model.addAttribute("cols", cols);
    Optional<Balance> balance = pages.balance(eid, model);
    model.addAttribute("balance", balance.orElse(null));
    balance.ifPresent(b -> fill(eid, b, model));
    if (balance.isPresent() && year != null && cell != null) {
      model.addAttribute("explainYear", year);
      model.addAttribute("explain", panels.panel(eid, balance.get(), year, cell, product));
    }
    return "balance";
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/balance/explain")
  String explain(
      @PathVariable long eid,
      @RequestParam int year,
      @RequestParam String cell,
      @RequestParam(required = false) @Nullable String product,
      Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("explainYear", year);
    Optional<Balance> balance = pages.balance(eid, model);
    balance.ifPresent(
        b -> model.addAttribute("explain", panels.panel(eid, b, year, cell, product)));
    return "fragments/explain :: panel";
  }

  private void fill(long eid, Balance b, Model model) {
    List<String> products =
        b.years().stream()
            .flatMap(y -> y.intensity().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    Map<Integer, Map<String, Gap>> gaps = new LinkedHashMap<>();
    for (BalanceYear y : b.years()) {
      Map<String, Gap> g = new LinkedHashMap<>();
      pages
          .benchmarks(y.year())
          .forEach(
              (p, bm) -> {
                Double v = y.intensity().get(p);
                if (v != null) {
                  g.put(
                      p,
                      new Gap(
                          bm,
                          BenchmarkGap.gap(v, bm),
                          BenchmarkGapText.percentText(v, bm),
                          v > bm.intensity()));
                }
              });
      gaps.put(y.year(), g);
    }
    model.addAttribute("products", products);
    model.addAttribute("gaps", gaps);
    model.addAttribute("hasBenchmarks", gaps.values().stream().anyMatch(m -> !m.isEmpty()));
  }
}
