package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minecarbon report FILE --format xlsx|pdf --out F}: the guideline-layout XLSX report or the
 * PDF carbon balance analysis report.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the XLSX report (guideline layout) or the PDF carbon balance analysis.")
public final class ReportCommand extends BaseCommand {
  /** Report formats. */
  enum Format {
    XLSX,
    PDF
  }

  static final class FormatConverter extends Converters.ByName<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  private static final Pattern BENCHMARK =
      Pattern.compile("(.+?)=([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)(?:@([0-9]{4}))?");

  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Option(
      names = "--format",
      required = true,
      converter = FormatConverter.class,
      description = "xlsx or pdf.")
  Format format = Format.PDF;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Report file.")
  Path out;

  @Option(
      names = "--benchmark",
      paramLabel = "PRODUCT=INTENSITY[@YEAR]",
      description =
          "Industry-advanced intensity (tCO2e/t) of a product for the PDF gap analysis;"
              + " repeatable, e.g. raw-coal=0.05@2024.")
  List<String> benchmarks = new ArrayList<>();

  @Mixin LangOption lang = new LangOption();

  @Override
  protected int run() throws IOException {
    List<BenchmarkValue> values = new ArrayList<>();
    for (String b : benchmarks) {
      Matcher m = BENCHMARK.matcher(b.strip());
      if (!m.matches() || Double.parseDouble(m.group(2)) <= 0) {
        return usageError(
            "--benchmark " + b + ": expected PRODUCT=INTENSITY[@YEAR], e.g. ore=0.05");
      }
      Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      values.add(
          new BenchmarkValue(
              m.group(1).strip(), year, Double.parseDouble(m.group(2)), "--benchmark"));
    }
    Result<Balance> result = Calculations.balance(input.file, calc);
    if (!(result instanceof Result.Ok<Balance> ok)) {
      return invalid(result.issues());
    }
    write(ok.value(), values);
    warn(Issues.distinct(Warnings.of(ok)));
    return ExitCodes.OK;
  }

  private void write(Balance balance, List<BenchmarkValue> values) throws IOException {
    Locale locale = lang.value().locale();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var inventory = balance.calculation().inventory();
    switch (format) {
      case XLSX -> Reports.xlsx(balance, inventory, locale, bytes);
      case PDF -> Reports.pdf(balance, inventory, values, locale, bytes);
    }
    Files.write(out, bytes.toByteArray());
    err().println("wrote " + out);
  }
}
