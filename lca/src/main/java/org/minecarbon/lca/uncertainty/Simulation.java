package org.minecarbon.lca.uncertainty;

import java.util.List;

/**
 * A Monte Carlo result of one impact: summary statistics over the draws and the deterministic
 * value.
 *
 * @param values every draw, in draw order (reproducible for a seed)
 */
public record Simulation(
    String processId,
    String method,
    int iterations,
    long seed,
    double deterministic,
    double mean,
    double sd,
    double p025,
    double median,
    double p975,
    List<Double> values) {
  public Simulation {
    values = List.copyOf(values);
  }
}
