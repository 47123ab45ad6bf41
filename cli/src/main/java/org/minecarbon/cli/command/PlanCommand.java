package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.plan.PlanReader;
import org.minecarbon.io.plan.PlanResultWriter;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.solver.SolverException;
import org.minecarbon.planning.solver.Solvers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minecarbon plan PLAN.json}: the least-cost pathway to the plan's targets (contract plan-v1
 * §4). An invalid plan prints every problem and exits 2 with empty standard output.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Plan the least-cost pathway (measures, sinks, allowances) to the targets.")
public final class PlanCommand extends BaseCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN.json",
      description = "A plan document v1.")
  @Nullable Path file;

  @Option(
      names = "--catalogue",
      description = "List the measure catalogue (effect templates, figures, sources) and exit.")
  boolean catalogue;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or table.")
  String format = "json";

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file, not stdout.")
  @Nullable Path out;

  @Option(
      names = "--time-limit",
      defaultValue = "60s",
      paramLabel = "DURATION",
      description = "Solver time limit, e.g. 60s, 2m (default 60s).")
  String timeLimit = "60s";

  @Option(
      names = "--export-mps",
      paramLabel = "F.mps",
      description = "Write the programme as free MPS.")
  @Nullable Path mps;

  @Option(
      names = "--scenario",
      paramLabel = "PRICES.json",
      description = "Solve again under these prices.")
  List<Path> scenarios = new ArrayList<>();

  @Mixin LibraryOptions libraryOptions = new LibraryOptions();

  @Mixin LangOption lang = new LangOption();

  @Override
  protected int run() throws IOException {
    if (catalogue) {
      CatalogueText.render(MeasureCatalogue.builtIn()).forEach(out()::println);
      CatalogueText.targets(MeasureCatalogue.targetTemplates()).forEach(out()::println);
      out().flush();
      return ExitCodes.OK;
    }
    Duration limit = duration(timeLimit);
    if (file == null || limit == null || !(format.equals("json") || format.equals("table"))) {
      return usageError(
          "give PLAN.json (or --catalogue); --format is json or table; --time-limit like 60s");
    }
    Result<FactorLibrary> lib = libraryOptions.library();
    if (!(lib instanceof Result.Ok<FactorLibrary> okLib)) {
      return invalid(lib.issues());
    }
    Result<PlanDocument> doc = read(file, okLib.value());
    Map<String, Prices> prices = new LinkedHashMap<>();
    List<Issue> problems = new ArrayList<>(doc.errors());
    problems.addAll(readScenarios(prices));
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    return solve(okLib.value(), doc, prices, limit);
  }

  /** Plans, writes the result (and MPS); exit 2 for semantic problems, 1 when the solver fails. */
  private int solve(
      FactorLibrary library, Result<PlanDocument> doc, Map<String, Prices> prices, Duration limit)
      throws IOException {
    Result<PlanRun> run;
    try {
      run = new Planner(library, Solvers.scip()).plan(doc.orElseThrow(), limit, prices);
    } catch (SolverException e) {
      err().println("minecarbon plan: solver failed: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    if (!(run instanceof Result.Ok<PlanRun> ok)) {
      return invalid(run.issues());
    }
    if (mps != null) {
      Files.writeString(mps, Solvers.scip().exportMps(ok.value().mip()), StandardCharsets.UTF_8);
      err().println("wrote " + mps);
    }
    write(ok.value().result());
    List<Issue> warnings = new ArrayList<>(doc.issues());
    warnings.addAll(ok.warnings());
    warn(Issues.distinct(warnings));
    return ExitCodes.OK;
  }

  /** Reads every --scenario file into {@code prices}; returns the problems of all of them. */
  private List<Issue> readScenarios(Map<String, Prices> prices) throws IOException {
    List<Issue> problems = new ArrayList<>();
    for (Path s : scenarios) {
      Result<Prices> p =
          Files.isRegularFile(s)
              ? readPrices(s)
              : Result.err(Inputs.notFound(s, "a prices JSON file"));
      problems.addAll(p.errors().stream().map(i -> i.at(s.toString())).toList());
      if (p instanceof Result.Ok<Prices> ok) {
        prices.put(name(s), ok.value());
      }
    }
    return problems;
  }

  private static Result<PlanDocument> read(Path file, FactorLibrary library) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Result.err(Inputs.notFound(file, "a plan JSON document"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return PlanReader.read(in, file.toString(), library);
    }
  }

  private static Result<Prices> readPrices(Path s) throws IOException {
    try (InputStream in = Files.newInputStream(s)) {
      return PlanReader.readPrices(in, s.toString());
    }
  }

  private static String name(Path s) {
    String n = s.getFileName().toString();
    return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
  }

  static @Nullable Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> null;
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  private void write(PlanResult result) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (format.equals("table")) {
      bytes.write(
          (String.join("\n", PlanText.render(result, lang.value())) + "\n")
              .getBytes(StandardCharsets.UTF_8));
    } else {
      PlanResultWriter.write(result, bytes);
    }
    if (out != null) {
      Files.write(out, bytes.toByteArray());
      err().println("wrote " + out);
    } else {
      printBytes(bytes);
    }
  }
}
