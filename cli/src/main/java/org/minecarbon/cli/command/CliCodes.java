package org.minecarbon.cli.command;

/** Issue codes only the command line produces (the engine's codes are in core's Codes). */
final class CliCodes {
  private CliCodes() {}

  /** An input file or folder named on the command line does not exist. */
  static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";
}
