package org.minecarbon.app.footprint;

/** The outcome of a compute request: done at once, or queued as a job. */
public sealed interface FootprintComputation {
  /** Computed in the request (no background database): the stored run. */
  record Done(FootprintRunView run) implements FootprintComputation {}

  /** Queued on the job runner (the background system is solved); poll the job. */
  record Queued(FootprintJob job) implements FootprintComputation {}
}
