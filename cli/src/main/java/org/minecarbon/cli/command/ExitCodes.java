package org.minecarbon.cli.command;

/**
 * Exit statuses of the {@code minecarbon} command: 0 success, 2 invalid input (every issue is
 * printed to stderr), 1 unexpected internal error.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** Exit status for success. */
  public static final int OK = 0;

  /** Exit status for an unexpected internal error. */
  public static final int INTERNAL_ERROR = 1;

  /** Exit status for invalid input (document, arguments, files). */
  public static final int INVALID_INPUT = 2;
}
