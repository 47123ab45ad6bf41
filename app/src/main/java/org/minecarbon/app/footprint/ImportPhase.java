package org.minecarbon.app.footprint;

/** The phases of preparing an uploaded database, in the order they run. */
public enum ImportPhase {
  /** Opening the zip and counting its JSON files by folder. */
  READING,
  /** Reading and checking every entity (references, units, providers). */
  CHECKING,
  /** Evaluating parameters and exchange formulas. */
  FORMULAS,
  /** Finding a provider for every product input and waste output. */
  LINKING,
  /** Writing the prepared library. */
  PREPARING,
  /** Storing the prepared library in the group's databases. */
  STORING;

  /** The fraction of the whole job done when this phase starts. */
  public double start() {
    return switch (this) {
      case READING -> 0.0;
      case CHECKING -> 0.05;
      case FORMULAS -> 0.5;
      case LINKING -> 0.65;
      case PREPARING -> 0.75;
      case STORING -> 0.9;
    };
  }
}
