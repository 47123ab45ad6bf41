package org.minecarbon.server.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.plan.Actuals;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.server.access.Requires;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The dashboard of an enterprise: key figures and ECharts charts fed by {@link #data}. */
@Controller
class DashboardController {
  private final BalancePages pages;
  private static final java.util.List<String> CHART_LABELS =
      java.util.List.of(
          "month",
          "previousYear",
          "emissions",
          "sinks",
          "net",
          "scope1",
          "scope2",
          "gross",
          "intensity",
          "benchmark",
          "unit",
          "unitIntensity",
          "noData",
          "actual",
          "path",
          "pathNet",
          "peak",
          "cap",
          "neutral",
          "intensityLimit",
          "pathIntensity",
          "actualIntensity",
          "unitIntensityAxis");

  private final UiLabels labels;
  private final MessageSource messages;
  private final DashboardPlans plans;

  DashboardController(
      BalancePages pages, UiLabels labels, MessageSource messages, DashboardPlans plans) {
    this.pages = pages;
    this.labels = labels;
    this.messages = messages;
    this.plans = plans;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/dashboard")
  String dashboard(
      @PathVariable long eid,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable Long plan,
      Model model) {
    Optional<Balance> balance = pages.balance(eid, model);
    Optional<BalanceYear> selected = balance.flatMap(b -> pick(b, year));
    model.addAttribute("eid", eid);
    model.addAttribute("balance", balance.orElse(null));
    model.addAttribute("selected", selected.orElse(null));
    selected.ifPresent(y -> model.addAttribute("benchmarks", pages.benchmarks(y.year())));
    if (selected.isPresent()) {
      DashboardPlans.Choice choice = plans.choose(eid, plan, Actuals.of(balance.get()));
      model.addAttribute("trajectoryChoice", choice);
      if (choice.trajectory() != null) {
        model.addAttribute("trajectorySource", DashboardTexts.source(choice.trajectory(), text()));
        model.addAttribute(
            "trajectorySourceAround", DashboardTexts.sourceAround(choice.trajectory(), text()));
        model.addAttribute("trajectoryGap", DashboardTexts.gap(choice.trajectory(), text()));
      }
    }
    return "dashboard";
  }

  private DashboardTexts.Messages text() {
    return (key, args) -> messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping(path = "/e/{eid}/dashboard/data", produces = "application/json")
  @ResponseBody
  Map<String, Object> data(
      @PathVariable long eid,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable Long plan) {
    Optional<Balance> balance = pages.balance(eid, new ExtendedModelMap());
    Optional<BalanceYear> selected = balance.flatMap(b -> pick(b, year));
    if (balance.isEmpty() || selected.isEmpty()) {
      return Map.of("years", java.util.List.of());
    }
    Map<String, Object> m =
        new java.util.LinkedHashMap<>(
            DashboardData.of(
                balance.get(),
                selected.get(),
                pages.siteNames(eid),
                pages.benchmarkValues(selected.get().year()),
                labels::column,
                labels::stage));
    m.put("labels", chartLabels());
    productNames(m.get("intensity"));
    Actuals actual = Actuals.of(balance.get());
    DashboardPlans.Choice choice = plans.choose(eid, plan, actual);
    if (choice.trajectory() != null && !choice.trajectory().path().isEmpty()) {
      Map<String, Object> t =
          new java.util.LinkedHashMap<>(DashboardPlans.chart(choice.trajectory(), actual));
      t.put("source", DashboardTexts.source(choice.trajectory(), text()));
      if (t.get("intensity") instanceof Map<?, ?> i && i.get("product") instanceof String code) {
        t.put("productName", labels.product(code));
      }
      m.put("trajectory", t);
    }
    return m;
  }

  /** Intensity series are named by the product's name in the page's language, not its code. */
  private void productNames(@Nullable Object intensity) {
    if (intensity instanceof Map<?, ?> i && i.get("series") instanceof List<?> series) {
      for (Object o : series) {
        if (o instanceof Map<?, ?> s && s.get("name") instanceof String code) {
          @SuppressWarnings("unchecked")
          Map<String, Object> named = (Map<String, Object>) s;
          named.put("name", labels.product(code));
        }
      }
    }
  }

  private Map<String, String> chartLabels() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String k : CHART_LABELS) {
      m.put(k, messages.getMessage("chart." + k, null, LocaleContextHolder.getLocale()));
    }
    return m;
  }

  /** The requested year, else the latest. */
  static Optional<BalanceYear> pick(Balance b, @Nullable Integer year) {
    if (year != null && b.year(year).isPresent()) {
      return b.year(year);
    }
    return b.years().isEmpty() ? Optional.empty() : Optional.of(b.years().getLast());
  }
}
