package org.minecarbon.cli.command;

import java.io.IOException;
import org.minecarbon.cli.render.UncertaintyTable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.UncertaintyAnalysis;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minecarbon uncertainty FILE}: Monte Carlo (and Approach 1) uncertainty per year. */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    description = {
      "Monte Carlo uncertainty of the balance per year, with Approach 1 for comparison.",
      "IPCC 2006 Vol. 1 Ch. 3: Approach 2 (Monte Carlo, correlated shared factors) and",
      "Approach 1 (error propagation). The same seed reproduces the report exactly."
    })
public final class UncertaintyCommand extends BaseCommand {
  /** Output formats of the report. */
  enum Format {
    TABLE,
    JSON
  }

  static final class FormatConverter extends Converters.ByName<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Monte Carlo iterations (default ${DEFAULT-VALUE}).")
  int iterations = UncertaintyOptions.DEFAULT_ITERATIONS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed; the same seed reproduces the report (default ${DEFAULT-VALUE}).")
  long seed = UncertaintyOptions.DEFAULT_SEED;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: all processors); does not change the result.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--format",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (default) or json.")
  Format format = Format.TABLE;

  @Mixin LangOption lang = new LangOption();

  @Override
  protected int run() throws IOException {
    UncertaintyOptions options = new UncertaintyOptions(iterations, seed, threads);
    if (!options.problems().isEmpty()) {
      return invalid(options.problems());
    }
    Result<Balance> balance = Calculations.balance(input.file, calc);
    if (!(balance instanceof Result.Ok<Balance> ok)) {
      return invalid(balance.issues());
    }
    Progress progress = new Progress(err());
    Result<UncertaintyReport> report =
        UncertaintyAnalysis.run(ok.value().calculation(), options, progress);
    progress.done();
    if (!(report instanceof Result.Ok<UncertaintyReport> done)) {
      return invalid(report.issues());
    }
    if (format == Format.JSON) {
      java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
      org.minecarbon.io.ResultWriters.uncertaintyJson(done.value(), json);
      out().println(json.toString(java.nio.charset.StandardCharsets.UTF_8));
    } else {
      UncertaintyTable.render(done.value(), lang.value()).forEach(out()::println);
    }
    out().flush();
    warn(Issues.distinct(Warnings.of(ok)));
    return ExitCodes.OK;
  }
}
