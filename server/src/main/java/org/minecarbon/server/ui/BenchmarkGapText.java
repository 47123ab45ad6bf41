package org.minecarbon.server.ui;

import java.util.List;
import java.util.function.Function;
import org.minecarbon.app.benchmark.BenchmarkGap;
import org.minecarbon.app.benchmark.BenchmarkView;

/**
 * How the pages show the gap of an intensity to a benchmark; the gap itself is the benchmark
 * feature's ({@link org.minecarbon.app.benchmark.BenchmarkGap}).
 */
final class BenchmarkGapText {
  private BenchmarkGapText() {}

  static String percentText(double intensity, BenchmarkView b) {
    double p = BenchmarkGap.percent(intensity, b);
    return Double.isNaN(p) ? "—" : String.format(java.util.Locale.ROOT, "%+.1f%%", p);
  }

  static List<ExplainView.Item> items(
      double intensity, BenchmarkView b, UiLabels labels, Function<String, String> msg) {
    String source = b.sourceNote().isBlank() ? null : b.sourceNote();
    return List.of(
        new ExplainView.Item(
            msg.apply("benchmark.advanced") + " " + b.year(),
            labels.exact(b.intensity()) + " tCO₂e/t",
            null,
            source),
        new ExplainView.Item(
            msg.apply("benchmark.gap"),
            labels.exact(Math.round(BenchmarkGap.gap(intensity, b) * 1e4) / 1e4)
                + " tCO₂e/t ("
                + percentText(intensity, b)
                + ")",
            null));
  }
}
