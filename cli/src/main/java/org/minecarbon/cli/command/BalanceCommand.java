package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.minecarbon.cli.render.BalanceTable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.text.Lang;
import org.minecarbon.io.ResultWriters;
import org.minecarbon.io.table.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minecarbon balance FILE}: the carbon balance table (seed 002 Table 1) per year. */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = "Compute the carbon balance (emissions vs sinks) of an inventory document.")
public final class BalanceCommand extends BaseCommand {
  /** Output formats of the balance. */
  enum Format {
    TABLE,
    JSON,
    CSV,
    XLSX
  }

  static final class FormatConverter extends Converters.ByName<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Option(
      names = "--format",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (default), json, csv or xlsx (xlsx needs --out).")
  Format format = Format.TABLE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file, not stdout.")
  @Nullable Path out;

  @Mixin LangOption lang = new LangOption();

  @Option(
      names = "--stream",
      description =
          "Read a JSON document row by row in bounded memory, with no size limit (automatic for a"
              + " JSON file over 20 MiB). The balance is the same; it cannot be explained.")
  boolean stream;

  @Override
  protected int run() throws IOException {
    if (format == Format.XLSX && out == null) {
      return usageError("--format xlsx writes a workbook; give the file with --out FILE.xlsx");
    }
    Result<Balance> result =
        streamed()
            ? Calculations.streamedBalance(input.file, calc, new Progress(err(), "reading"))
            : Calculations.balance(input.file, calc);
    if (!(result instanceof Result.Ok<Balance> ok)) {
      return invalid(result.issues());
    }
    write(ok.value());
    warn(Issues.distinct(Warnings.of(ok)));
    return ExitCodes.OK;
  }

  /**
   * A local JSON file the user names is theirs, whatever its size: over the upload limit it is read
   * as a stream (issue 10 §5) rather than refused.
   */
  private boolean streamed() throws IOException {
    Path file = input.file;
    boolean json =
        Files.isRegularFile(file) && file.getFileName().toString().toLowerCase().endsWith(".json");
    return json && (stream || Files.size(file) > Limits.MAX_BYTES);
  }

  private void write(Balance balance) throws IOException {
    if (format == Format.TABLE && out == null) {
      BalanceTable.render(balance, lang.value()).forEach(out()::println);
      out().flush();
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    encode(balance, bytes);
    if (out != null) {
      Files.write(out, bytes.toByteArray());
      err().println("wrote " + out);
    } else {
      printBytes(bytes);
    }
  }

  private void encode(Balance balance, OutputStream sink) throws IOException {
    Lang l = lang.value();
    switch (format) {
      case TABLE ->
          sink.write(
              (String.join("\n", BalanceTable.render(balance, l)) + "\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case JSON -> ResultWriters.balanceJson(balance, sink);
      case CSV -> ResultWriters.balanceCsv(balance, sink, l);
      case XLSX -> ResultWriters.balanceXlsx(balance, sink, l);
    }
  }
}
