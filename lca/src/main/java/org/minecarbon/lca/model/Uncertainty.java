package org.minecarbon.lca.model;

/** The distribution of an exchange amount as openLCA stores it (absolute parameters). */
public sealed interface Uncertainty
    permits Uncertainty.LogNormal, Uncertainty.Normal, Uncertainty.Triangle, Uncertainty.Uniform {

  /** Geometric mean and geometric standard deviation. */
  record LogNormal(double geomMean, double geomSd) implements Uncertainty {}

  record Normal(double mean, double sd) implements Uncertainty {}

  record Triangle(double min, double mode, double max) implements Uncertainty {}

  record Uniform(double min, double max) implements Uncertainty {}
}
