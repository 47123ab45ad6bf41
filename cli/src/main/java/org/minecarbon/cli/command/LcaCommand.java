package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.io.lca.LciWriter;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minecarbon lca …}: life-cycle inventories and impacts on openLCA JSON-LD databases. */
@Command(
    name = "lca",
    mixinStandardHelpOptions = true,
    description = "Life-cycle inventories (LCI) and GWP impacts on an openLCA JSON-LD database.",
    subcommands = {LcaCommand.InventoryCommand.class, LcaCommand.ImpactCommand.class})
public final class LcaCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
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
      if (!problems.isEmpty()) {
        return Result.err(problems);
      }
      LinkOptions options = new LinkOptions(new LinkedHashSet<>(prefer), alloc.get());
      return JsonLdReader.read(db)
          .flatMap(LcaEngine::of)
          .flatMap(
              e ->
                  method.isEmpty()
                      ? e.inventory(process, amount, options)
                      : e.impact(process, amount, options, method));
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

  /** {@code minecarbon lca impact DB --process ID --method M}. */
  @Command(
      name = "impact",
      mixinStandardHelpOptions = true,
      description = "The inventory and its GWP100 impact (kg CO2e).")
  public static final class ImpactCommand extends Calc {
    @Option(names = "--method", required = true, description = "ipcc-ar6-gwp100|ipcc-ar5-gwp100")
    String method;

    @Override
    protected int run() throws IOException {
      if (!Files.exists(db)) {
        return invalid(List.of(Issue.error("LCA_DB_UNREADABLE", db.toString(), "no such file")));
      }
      return print(calculate(method));
    }
  }
}
