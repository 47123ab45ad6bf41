package org.minecarbon.app.job;

/** Thrown into a job's work from its progress callback once the job was cancelled. */
public final class JobCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobCancelledException(String jobId) {
    super("job " + jobId + " was cancelled");
  }
}
