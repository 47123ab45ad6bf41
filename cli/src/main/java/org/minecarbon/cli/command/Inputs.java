package org.minecarbon.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;

/** Reads inventory documents named on the command line. */
final class Inputs {
  private Inputs() {}

  /** Reads and fully validates a document; a missing file is an issue, not an exception. */
  static Result<Inventory> load(Path file, FactorLibrary library) {
    if (!Files.exists(file)) {
      return Result.err(notFound(file, DOCUMENT));
    }
    return Documents.load(file, library);
  }

  static final String DOCUMENT = "an inventory document (.json, .xlsx or a folder of CSV files)";

  static Issue notFound(Path file, String expected) {
    return Issue.error(
        CliCodes.FILE_NOT_FOUND, "", "no such file or directory", file.toString(), expected);
  }
}
