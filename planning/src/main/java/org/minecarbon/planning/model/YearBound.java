package org.minecarbon.planning.model;

/**
 * One year's constraint from a target (contract §1.4), in tCO2e.
 *
 * @param target index of the target in the document
 * @param k plan year index it constrains
 */
public sealed interface YearBound {
  int target();

  int k();

  /** E(k) ≤ limit (cap, intensity at that year's production). */
  record Max(int target, int k, double limit) implements YearBound {}

  /** E(k) ≤ E(peak). */
  record Peak(int target, int k, int peak) implements YearBound {}

  /** B(k) ≥ E(k) − R(k) with B(k) ≤ maxShare × E(k). */
  record Neutral(int target, int k, double maxShare) implements YearBound {}
}
