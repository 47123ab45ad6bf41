package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code minecarbon convert IN OUT}: JSON, XLSX and a folder of CSV files, in any direction. The
 * input is validated first; an invalid document is not converted.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert an inventory between JSON, XLSX and a CSV folder (validates first).",
      "The output format follows OUT: .json, .xlsx, or a folder (no extension) of CSV files."
    })
public final class ConvertCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Inventory: .json, .xlsx or CSV folder.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output: .json, .xlsx or a folder.")
  Path outPath;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Override
  protected int run() throws IOException {
    Result<Inventory> result = library.library().flatMap(l -> Inputs.load(in, l));
    if (!(result instanceof Result.Ok<Inventory> ok)) {
      return invalid(result.issues());
    }
    Documents.write(ok.value(), outPath);
    out().println("wrote " + outPath);
    out().flush();
    warn(Issues.distinct(ok.warnings()));
    return ExitCodes.OK;
  }
}
