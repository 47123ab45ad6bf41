package org.minecarbon.app.balance;

import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;

/** Monte Carlo uncertainty of an enterprise's balance (core UncertaintyAnalysis) as a job. */
public interface UncertaintyService {

  /**
   * Starts an analysis; returns at once.
   *
   * @param iterations null for the default (10,000)
   * @param seed null for the default seed (reproducible)
   * @throws InvalidInputException for bad options or an inventory with errors
   */
  UncertaintyJob start(long enterpriseId, @Nullable Integer iterations, @Nullable Long seed);

  /**
   * @throws NotFoundException for an unknown (or expired) job
   */
  UncertaintyJob job(long enterpriseId, String jobId);

  /**
   * Cancels a running analysis.
   *
   * @return the job as it is now (cancelled, or finished before the cancel arrived)
   * @throws NotFoundException for an unknown job, or one started in another scope
   */
  UncertaintyJob cancel(long enterpriseId, String jobId);
}
