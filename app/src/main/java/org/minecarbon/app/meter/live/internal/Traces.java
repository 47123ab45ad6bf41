package org.minecarbon.app.meter.live.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.factor.Factor;

/** The trace of one calculated meter row: its meters, readings, formula, terms and factors. */
final class Traces {
  private Traces() {}

  static LiveFigures.Trace of(CalcLine line, String window, List<String> meters, long readings) {
    String id = Objects.requireNonNullElse(line.row().id(), line.row().pointer());
    List<LiveFigures.FactorRef> factors = new ArrayList<>();
    for (FactorUse f : line.factors()) {
      factors.add(factor(f));
    }
    List<LiveFigures.Quantity> quantities = new ArrayList<>();
    for (Term t : line.terms()) {
      quantities.add(new LiveFigures.Quantity(t.label(), t.activity(), t.activityUnit()));
    }
    return new LiveFigures.Trace(
        line.column(),
        window,
        id,
        meters,
        readings,
        line.source(),
        line.formula(),
        quantities,
        factors,
        line.co2e());
  }

  private static LiveFigures.FactorRef factor(FactorUse use) {
    Factor f = use.factor();
    boolean entered = f.confidence() == Confidence.USER && "row".equals(f.set());
    return new LiveFigures.FactorRef(
        use.symbol(),
        f.value(),
        f.unit(),
        entered ? f.key() : f.id(),
        entered ? "" : f.citation(),
        entered);
  }
}
