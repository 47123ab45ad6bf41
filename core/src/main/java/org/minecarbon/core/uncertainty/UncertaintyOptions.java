package org.minecarbon.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;

/**
 * How a Monte Carlo run is set up. The record accepts any values so that a bad request becomes an
 * {@link Issue} ({@link #problems()}, reported by {@link UncertaintyAnalysis#run}) instead of an
 * exception.
 *
 * @param iterations Monte Carlo iterations, {@value #MIN_ITERATIONS} to {@value #MAX_ITERATIONS}
 * @param seed random seed; the same seed gives the same report whatever the thread count
 * @param threads worker threads, at least 1
 */
public record UncertaintyOptions(int iterations, long seed, int threads) {
  public static final int MIN_ITERATIONS = 100;
  public static final int MAX_ITERATIONS = 10_000_000;
  public static final int DEFAULT_ITERATIONS = 10_000;
  public static final long DEFAULT_SEED = 20_060_101L;

  /** Uses every available processor. */
  public UncertaintyOptions(int iterations, long seed) {
    this(iterations, seed, Runtime.getRuntime().availableProcessors());
  }

  /** 10,000 iterations, a fixed seed, every available processor. */
  public static UncertaintyOptions defaults() {
    return new UncertaintyOptions(DEFAULT_ITERATIONS, DEFAULT_SEED);
  }

  /** Every problem with these options, as {@code INVALID_ARGUMENT} errors; empty when valid. */
  public List<Issue> problems() {
    List<Issue> issues = new ArrayList<>();
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      issues.add(
          Issue.error(
              Codes.INVALID_ARGUMENT,
              "",
              "Monte Carlo iterations out of range",
              iterations,
              MIN_ITERATIONS + " to " + MAX_ITERATIONS));
    }
    if (threads < 1) {
      issues.add(
          Issue.error(
              Codes.INVALID_ARGUMENT, "", "thread count must be at least 1", threads, ">= 1"));
    }
    return issues;
  }
}
