package org.minecarbon.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.minecarbon.io.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code minecarbon template FILE.xlsx}: an empty, annotated inventory workbook. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Write an empty inventory workbook with drop-down lists for every code.")
public final class TemplateCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Workbook to create.")
  Path file;

  @Override
  protected int run() throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return usageError("the template is a workbook; name it FILE.xlsx (got " + file + ")");
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      Documents.writeTemplate(out);
    }
    out().println("wrote " + file);
    out().flush();
    return ExitCodes.OK;
  }
}
