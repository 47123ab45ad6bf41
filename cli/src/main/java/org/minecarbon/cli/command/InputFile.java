package org.minecarbon.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** Mixin: the inventory document a command reads. */
final class InputFile {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "Inventory: .json, .xlsx or CSV folder.")
  Path file;
}
