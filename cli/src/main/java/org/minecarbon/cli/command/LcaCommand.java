package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.io.lca.LciWriter;
import org.minecarbon.io.lca.PreparedLibrary;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.link.ProviderTies;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;
import org.minecarbon.lca.uncertainty.MonteCarlo;
import org.minecarbon.lca.uncertainty.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minecarbon lca …}: life-cycle inventories and impacts on openLCA JSON-LD databases. */
@Command(
    name = "lca",
    mixinStandardHelpOptions = true,
    description = "Life-cycle inventories (LCI) and GWP impacts on an openLCA JSON-LD database.",
    subcommands = {
      LcaCommand.ImportCommand.class,
      LcaCommand.InventoryCommand.class,
      LcaImpactCommand.class,
      LcaCommand.UncertaintyCommand.class
    })
public final class LcaCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** A JSON-LD zip/folder (checked, formulas evaluated) or a prepared library (reloaded as is). */
  static Result<LcaEngine> engine(Path db) {
    try {
      if (PreparedLibrary.isPrepared(db)) {
        return PreparedLibrary.read(db).map(LcaEngine::ofEvaluated);
      }
    } catch (IOException e) {
      return Result.err(Issue.error("LCA_DB_UNREADABLE", db.toString(), e.getMessage()));
    }
    return JsonLdReader.read(db).flatMap(LcaEngine::of);
  }

  /**
   * Problems with {@code --provider-ties}: an unknown rule, or openlca without {@code
   * --provider-order} (openLCA's index order cannot be derived from the package: see
   * docs/footprint.md §4).
   */
  static List<Issue> tieProblems(String ties, @Nullable Path order) {
    String t = ties.toLowerCase(Locale.ROOT);
    if (!t.equals("name") && !t.equals("openlca")) {
      return List.of(
          Issue.error(
              "INVALID_OPTION", "--provider-ties", "unknown rule " + ties + "; name|openlca"));
    }
    if (t.equals("openlca") && (order == null || !Files.isRegularFile(order))) {
      return List.of(
          Issue.error(
              "INVALID_OPTION",
              "--provider-order",
              "--provider-ties openlca needs --provider-order FILE (process @ids in openLCA's"
                  + " tech-index order, one per line)"));
    }
    return List.of();
  }

  /** The tie rule of {@code --provider-ties} (checked by {@link #tieProblems}). */
  static ProviderTies tieRule(String ties, @Nullable Path order) {
    if (!ties.equalsIgnoreCase("openlca") || order == null) {
      return ProviderTies.byName();
    }
    try {
      return new ProviderTies.OpenLca(
          Files.readAllLines(order).stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What inventory and impact share: the database, the process and the system options. */
  abstract static class Calc extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DB", description = "JSON-LD zip or folder.")
    Path db;

    @Option(names = "--process", required = true, paramLabel = "ID", description = "Process @id.")
    String process;

    @Option(names = "--amount", defaultValue = "1", description = "Amount of the reference flow.")
    double amount = 1;

    @Option(
        names = "--allocation",
        defaultValue = "default",
        description = "default|none|physical|economic|causal")
    String allocation = "default";

    @Option(names = "--prefer", paramLabel = "PROCESS_ID", description = "Preferred provider.")
    List<String> prefer = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json (default), table, csv")
    String format = "json";

    @Option(
        names = "--provider-ties",
        defaultValue = "name",
        description =
            "name (contract §2: reference product, unit process, name, @id) or openlca"
                + " (openLCA 2.4.0's rule: the last provider in --provider-order wins).")
    String ties = "name";

    @Option(
        names = "--provider-order",
        paramLabel = "FILE",
        description = "Process @ids in openLCA's tech-index order, one per line (openlca ties).")
    @Nullable Path order;

    /** The inventory (with impacts for {@code method}, when given) or the issues. */
    Result<Inventory> calculate(String method) {
      List<Issue> problems = new ArrayList<>();
      var alloc = AllocationMethod.fromCli(allocation);
      if (alloc.isEmpty()) {
        problems.add(
            Issue.error("INVALID_OPTION", "--allocation", "unknown allocation " + allocation));
      }
      if (!Double.isFinite(amount)) {
        problems.add(Issue.error("INVALID_OPTION", "--amount", "amount must be finite"));
      }
      if (!List.of("json", "table", "csv").contains(format.toLowerCase(Locale.ROOT))) {
        problems.add(Issue.error("INVALID_OPTION", "--format", "unknown format " + format));
      }
      problems.addAll(tieProblems(ties, order));
      if (!problems.isEmpty()) {
        return Result.err(problems);
      }
      LinkOptions options = linkOptions(alloc.get());
      return loaded()
          .flatMap(
              e ->
                  method.isEmpty()
                      ? e.inventory(process, amount, options)
                      : e.impact(process, amount, options, method));
    }

    private @Nullable Result<LcaEngine> loaded;

    /** The engine of {@code db}, loaded once per command. */
    Result<LcaEngine> loaded() {
      if (loaded == null) {
        loaded = engine(db);
      }
      return loaded;
    }

    /** The options; call {@link #tieProblems} first (an unreadable package is an I/O error). */
    LinkOptions linkOptions(AllocationMethod alloc) {
      return new LinkOptions(new LinkedHashSet<>(prefer), alloc, tieRule(ties, order));
    }

    int print(Result<Inventory> result) throws IOException {
      if (!(result instanceof Result.Ok<Inventory> ok)) {
        return invalid(result.issues());
      }
      Inventory inv = ok.value();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      switch (format.toLowerCase(Locale.ROOT)) {
        case "csv" -> LciWriter.writeCsv(inv, bytes);
        case "table" -> bytes.write(table(inv).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        default -> LciWriter.writeJson(inv, bytes);
      }
      out().print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
      out().println();
      out().flush();
      return ExitCodes.OK;
    }

    private static String table(Inventory inv) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              "%s  %s %s  (%d processes, %d links)%n",
              inv.processName(), inv.amount(), inv.unit(), inv.processes(), inv.links()));
      for (ImpactResult i : inv.impacts()) {
        sb.append(
            String.format(
                "%-18s %-16s %14.6g %s%n", i.method(), i.category(), i.amount(), i.unit()));
      }
      for (FlowResult f : inv.flows()) {
        sb.append(
            String.format(
                "%-6s %14.6g %-8s %s | %s%n",
                f.direction(), f.amount(), f.unit(), f.name(), f.category()));
      }
      return sb.toString();
    }
  }

  /** {@code minecarbon lca inventory DB --process ID}. */
  @Command(
      name = "inventory",
      mixinStandardHelpOptions = true,
      description = "The life-cycle inventory of a process (minecarbon/lci@1).")
  public static final class InventoryCommand extends Calc {
    @Override
    protected int run() throws IOException {
      if (!Files.exists(db)) {
        return invalid(List.of(Issue.error("LCA_DB_UNREADABLE", db.toString(), "no such file")));
      }
      return print(calculate(""));
    }
  }

  /** {@code minecarbon lca import DB --out LIB}: a prepared library for fast reload. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Check a JSON-LD database, evaluate its formulas and write a prepared library.")
  public static final class ImportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DB", description = "JSON-LD zip or folder.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "LIB", description = "Library file.")
    Path out;

    @Override
    protected int run() throws IOException {
      if (!Files.exists(db)) {
        return invalid(List.of(Issue.error("LCA_DB_UNREADABLE", db.toString(), "no such file")));
      }
      Result<LcaEngine> engine = JsonLdReader.read(db).flatMap(LcaEngine::of);
      if (!(engine instanceof Result.Ok<LcaEngine> ok)) {
        return invalid(engine.issues());
      }
      PreparedLibrary.write(ok.value().library(), out);
      err()
          .printf(
              "wrote %s (%d processes, %d flows)%n",
              out, ok.value().library().processes().size(), ok.value().library().flows().size());
      err().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code minecarbon lca uncertainty DB --process ID --method M --iterations N --seed S}. */
  @Command(
      name = "uncertainty",
      mixinStandardHelpOptions = true,
      description = "Monte Carlo of a process's GWP from its exchange distributions (seeded).")
  public static final class UncertaintyCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DB", description = "JSON-LD zip/folder or library.")
    Path db;

    @Option(names = "--process", required = true, paramLabel = "ID", description = "Process @id.")
    String process;

    @Option(names = "--method", required = true, description = "ipcc-ar6-gwp100|ipcc-ar5-gwp100")
    String method;

    @Option(names = "--iterations", defaultValue = "100", description = "Number of draws.")
    int iterations = 100;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
    long seed = 1;

    @Option(
        names = "--pedigree",
        description =
            "Widen each exchange with a data-quality pedigree to its combined lognormal"
                + " (ecoinvent v3 pedigree factors).")
    boolean pedigree;

    @Option(names = "--provider-ties", defaultValue = "name", description = "name|openlca")
    String ties = "name";

    @Option(names = "--provider-order", paramLabel = "FILE", description = "openLCA index order.")
    @Nullable Path order;

    @Override
    protected int run() throws IOException {
      if (!Files.exists(db)) {
        return invalid(List.of(Issue.error("LCA_DB_UNREADABLE", db.toString(), "no such file")));
      }
      List<Issue> problems = new ArrayList<>(tieProblems(ties, order));
      if (iterations < 1) {
        problems.add(Issue.error("INVALID_OPTION", "--iterations", "needs at least 1"));
      }
      if (!problems.isEmpty()) {
        return invalid(problems);
      }
      LinkOptions options = LinkOptions.defaults().withTies(tieRule(ties, order));
      Result<Simulation> r =
          engine(db)
              .flatMap(
                  e -> MonteCarlo.run(e, process, options, method, iterations, seed, pedigree));
      if (!(r instanceof Result.Ok<Simulation> ok)) {
        return invalid(r.issues());
      }
      Simulation s = ok.value();
      var root = org.minecarbon.io.json.JsonCodec.mapper().createObjectNode();
      root.put("format", "minecarbon/lca-uncertainty@1");
      root.put("process", s.processId());
      root.put("method", s.method());
      root.put("iterations", s.iterations());
      root.put("seed", s.seed());
      root.put("pedigree", pedigree);
      root.put("unit", "kg CO2e");
      root.put("deterministic", s.deterministic());
      root.put("mean", s.mean());
      root.put("sd", s.sd());
      root.put("p2_5", s.p025());
      root.put("median", s.median());
      root.put("p97_5", s.p975());
      out().println(org.minecarbon.io.json.JsonCodec.mapper().writeValueAsString(root));
      out().flush();
      return ExitCodes.OK;
    }
  }
}
