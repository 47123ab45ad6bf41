package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.ExplainService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.FactorLibrary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the explanation panel of a balance-table cell: column and total cells through {@link
 * ExplainService} (the engine's lines, formulas and cited factors); net, intensity and energy cells
 * as the engine's figures they derive from.
 */
@Component
class ExplainPanels {
  private final ExplainService explain;
  private final BalanceService balances;
  private final BalancePages pages;
  private final UiLabels labels;
  private final MessageSource messages;

  ExplainPanels(
      ExplainService explain,
      BalanceService balances,
      BalancePages pages,
      UiLabels labels,
      MessageSource messages) {
    this.explain = explain;
    this.balances = balances;
    this.pages = pages;
    this.labels = labels;
    this.messages = messages;
  }

  ExplainView panel(long eid, Balance b, int year, String cell, @Nullable String product) {
    BalanceYear y = b.year(year).orElseThrow(() -> new NotFoundException("year", year));
    Optional<Column> column = Column.fromCode(cell);
    if (column.isPresent()) {
      return sum(title(year, labels.column(column.get())), explain.column(eid, year, column.get()));
    }
    return switch (cell) {
      case "emissions" -> sum(title(year, msg("balance.emissionsTotal")), explain.total(eid, year));
      case "sinks" -> sinks(eid, year);
      case "net" -> net(y);
      case "intensity" -> intensity(y, product);
      case "tce" -> energy(b, y);
      default -> throw new NotFoundException("cell", cell);
    };
  }

  private ExplainView sum(String title, Explanation e) {
    return new ExplainView(
        title, e.value(), "tCO₂e", "", List.of(), ExplainView.lines(e, labels), List.of());
  }

  private ExplainView sinks(long eid, int year) {
    List<ExplainView.Line> lines = new ArrayList<>();
    double total = 0;
    for (Column c : Column.SINKS) {
      Explanation e = explain.column(eid, year, c);
      lines.addAll(ExplainView.lines(e, labels));
      total += e.value();
    }
    String formula = msg("explain.formula.sinks");
    return new ExplainView(
        title(year, msg("balance.sinksTotal")),
        total,
        "tCO₂e",
        formula,
        List.of(),
        lines,
        List.of());
  }

  private ExplainView net(BalanceYear y) {
    Totals t = y.totals();
    List<ExplainView.Item> items =
        List.of(
            new ExplainView.Item(
                msg("balance.emissionsTotal"), labels.num(t.emissionsTotal()), "emissions"),
            new ExplainView.Item(msg("balance.sinksTotal"), labels.num(t.sinksTotal()), "sinks"),
            new ExplainView.Item(
                msg("balance.neutral"),
                t.neutral() ? msg("balance.neutral.yes") : msg("balance.neutral.no"),
                null));
    return new ExplainView(
        title(y.year(), msg("balance.net")),
        t.net(),
        "tCO₂e",
        msg("explain.formula.net"),
        items,
        List.of(),
        List.of());
  }

  private ExplainView intensity(BalanceYear y, @Nullable String product) {
    if (product == null || !y.intensity().containsKey(product)) {
      throw new NotFoundException("product", String.valueOf(product));
    }
    double value = y.intensity().get(product);
    List<ExplainView.Item> items = new ArrayList<>();
    items.add(
        new ExplainView.Item(
            msg("balance.emissionsTotal"), labels.num(y.totals().emissionsTotal()), "emissions"));
    items.add(
        new ExplainView.Item(
            msg("explain.production") + " · " + labels.product(product),
            labels.num(y.production().getOrDefault(product, 0.0)) + " t",
            null));
    BenchmarkView bm = pages.benchmarks(y.year()).get(product);
    if (bm != null) {
      items.addAll(BenchmarkGapText.items(value, bm, labels, this::msg));
    }
    return new ExplainView(
        title(y.year(), msg("balance.intensity") + " · " + labels.product(product)),
        value,
        "tCO₂e/t",
        msg("explain.formula.intensity"),
        items,
        List.of(),
        List.of());
  }

  private ExplainView energy(Balance b, BalanceYear y) {
    double fuelGj = 0;
    double heatGj = 0;
    double mwh = 0;
    List<CalcLine> used = new ArrayList<>();
    for (CalcLine l : b.calculation().lines()) {
      if (l.year() == y.year()
          && (l.energyGj() != 0 || l.heatGj() != 0 || l.electricityMwh() != 0)) {
        fuelGj += l.energyGj();
        heatGj += l.heatGj();
        mwh += l.electricityMwh();
        used.add(l);
      }
    }
    List<ExplainView.Item> items =
        List.of(
            new ExplainView.Item(msg("explain.energy.fuel"), labels.num(fuelGj) + " GJ", null),
            new ExplainView.Item(msg("explain.energy.electricity"), labels.num(mwh) + " MWh", null),
            new ExplainView.Item(msg("explain.energy.heat"), labels.num(heatGj) + " GJ", null));
    return new ExplainView(
        title(y.year(), msg("balance.tce")),
        y.energyTce(),
        "tce",
        msg("explain.formula.tce"),
        items,
        ExplainView.lines(used, labels),
        energyFactors(b.factorSet()));
  }

  private List<FactorUse> energyFactors(String factorSet) {
    FactorLibrary lib = balances.library();
    List<FactorUse> out = new ArrayList<>();
    lib.resolve(factorSet, "energy.gj-per-tce").ifPresent(f -> out.add(new FactorUse("GJ/tce", f)));
    lib.resolve(factorSet, "energy.electricity-tce")
        .ifPresent(f -> out.add(new FactorUse("tce/MWh", f)));
    return out;
  }

  private String title(int year, String what) {
    return year + " · " + what;
  }

  String msg(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
