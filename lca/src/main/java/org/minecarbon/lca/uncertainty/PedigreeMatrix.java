package org.minecarbon.lca.uncertainty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Pedigree;
import org.minecarbon.lca.model.Uncertainty;

/**
 * The ecoinvent v3 pedigree matrix (resource {@code pedigree-ecoinvent3.csv}, cited per row): each
 * score adds a variance σ_i² to the log of the amount, so an exchange with a pedigree becomes the
 * lognormal with geometric mean = its amount (or its own lognormal's geometric mean) and GSD =
 * exp(√(ln(GSD_basic)² + Σ σ_i²)). The basic GSD is the exchange's own lognormal GSD, else the
 * pedigree's stated base uncertainty, else 1 (no basic uncertainty).
 */
public final class PedigreeMatrix {
  /** Indicators in the order of the pedigree entry. */
  public static final List<String> INDICATORS =
      List.of("reliability", "completeness", "temporal", "geographical", "technological");

  private static final PedigreeMatrix ECOINVENT3 = load("pedigree-ecoinvent3.csv");

  private final double[][] variance;

  private PedigreeMatrix(double[][] variance) {
    this.variance = variance;
  }

  public static PedigreeMatrix ecoinvent3() {
    return ECOINVENT3;
  }

  /** σ² of the log for one indicator (0-based, {@link #INDICATORS} order) and score 1..5. */
  public double variance(int indicator, int score) {
    return variance[indicator][score - 1];
  }

  /**
   * The combined lognormal of an exchange with a pedigree; empty without one, and empty where the
   * exchange states a normal, triangular or uniform distribution (which is then kept as is).
   */
  public Optional<Uncertainty.LogNormal> combine(Exchange e) {
    Optional<Pedigree> pedigree = e.dataQuality();
    if (pedigree.isEmpty()
        || (e.uncertainty() != null && !(e.uncertainty() instanceof Uncertainty.LogNormal))) {
      return Optional.empty();
    }
    double gmean = e.amount();
    double basicGsd = pedigree.get().baseUncertainty();
    if (e.uncertainty() instanceof Uncertainty.LogNormal l && l.geomSd() > 0) {
      gmean = l.geomMean();
      basicGsd = l.geomSd();
    }
    return Optional.of(new Uncertainty.LogNormal(gmean, gsd(basicGsd, pedigree.get())));
  }

  /** exp(√(ln(basic)² + Σ σ_i²)); a basic GSD of 0 or 1 adds nothing. */
  public double gsd(double basicGsd, Pedigree p) {
    double basic = basicGsd > 1 ? Math.log(basicGsd) : 0;
    double sum = basic * basic;
    for (int i = 0; i < INDICATORS.size(); i++) {
      sum += variance(i, p.scores().get(i));
    }
    return Math.exp(Math.sqrt(sum));
  }

  private static PedigreeMatrix load(String resource) {
    double[][] v = new double[INDICATORS.size()][5];
    try (InputStream in = PedigreeMatrix.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int rows = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.startsWith("indicator,") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", 4);
        int indicator = INDICATORS.indexOf(f[0]);
        if (indicator < 0 || f.length < 4 || f[3].isBlank()) {
          throw new IllegalStateException(resource + ": bad row " + line);
        }
        v[indicator][Integer.parseInt(f[1]) - 1] = Double.parseDouble(f[2]);
        rows++;
      }
      if (rows != 25) {
        throw new IllegalStateException(resource + ": expected 25 rows, found " + rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PedigreeMatrix(v);
  }
}
