package org.minecarbon.server.ui;

import java.util.List;
import java.util.function.Function;
import org.minecarbon.app.benchmark.BenchmarkView;

/**
 * The gap of an intensity to an industry-advanced benchmark (seed 002 §3.1: 对标行业先进指标找出差距): positive
 * means above (worse than) the benchmark.
 */
final class BenchmarkGap {
  private BenchmarkGap() {}

  /** Intensity minus benchmark, tCO2e/t. */
  static double gap(double intensity, BenchmarkView b) {
    return intensity - b.intensity();
  }

  /** The gap relative to the benchmark, in percent; NaN for a zero benchmark. */
  static double percent(double intensity, BenchmarkView b) {
    return b.intensity() == 0 ? Double.NaN : 100.0 * gap(intensity, b) / b.intensity();
  }

  static String percentText(double intensity, BenchmarkView b) {
    double p = percent(intensity, b);
    return Double.isNaN(p) ? "—" : String.format(java.util.Locale.ROOT, "%+.1f%%", p);
  }

  static List<ExplainView.Item> items(
      double intensity, BenchmarkView b, UiLabels labels, Function<String, String> msg) {
    String source = b.sourceNote().isBlank() ? "" : " (" + b.sourceNote() + ")";
    return List.of(
        new ExplainView.Item(
            msg.apply("benchmark.advanced") + " " + b.year() + source,
            labels.exact(b.intensity()) + " tCO₂e/t",
            null),
        new ExplainView.Item(
            msg.apply("benchmark.gap"),
            labels.exact(Math.round(gap(intensity, b) * 1e4) / 1e4)
                + " tCO₂e/t ("
                + percentText(intensity, b)
                + ")",
            null));
  }
}
