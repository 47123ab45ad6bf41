package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.lca.ContributionWriter;
import org.minecarbon.io.lca.LciWriter;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.result.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code minecarbon lca impact DB --process ID --method M [--contributions [--top N]] [--tree
 * [--cutoff C]]}: the inventory, its impact and, on request, contributions and the upstream tree.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = "The inventory and its impact; optionally contributions and the upstream tree.")
public final class LcaImpactCommand extends LcaCommand.Calc {
  @Option(
      names = "--method",
      required = true,
      description = "ipcc-ar6-gwp100|ipcc-ar5-gwp100|METHOD_ID (an LCIA method of the database)")
  String method;

  @Option(names = "--contributions", description = "Direct contributions by process and flow.")
  boolean contributions;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description =
          "What contributions/tree explain: default the method; an impact category @id"
              + " of an imported method, or a flow @id.")
  @Nullable String indicator;

  @Option(names = "--top", defaultValue = "10", description = "Rows per contribution list.")
  int top = 10;

  @Option(names = "--tree", description = "The upstream tree (total = direct + upstream).")
  boolean tree;

  @Option(
      names = "--cutoff",
      defaultValue = "0.01",
      description = "Hide tree nodes below this share of the total (default 0.01).")
  double cutoff = 0.01;

  @Option(names = "--max-depth", defaultValue = "12", description = "Tree depth limit.")
  int maxDepth = 12;

  @Override
  protected int run() throws IOException {
    if (!Files.exists(db)) {
      return invalid(List.of(Issue.error("LCA_DB_UNREADABLE", db.toString(), "no such file")));
    }
    List<Issue> problems = new ArrayList<>();
    if (top < 1) {
      problems.add(Issue.error("INVALID_OPTION", "--top", "--top must be at least 1"));
    }
    if (!(cutoff >= 0 && cutoff < 1)) {
      problems.add(Issue.error("INVALID_OPTION", "--cutoff", "--cutoff must be in [0, 1)"));
    }
    if (maxDepth < 0) {
      problems.add(Issue.error("INVALID_OPTION", "--max-depth", "--max-depth must be ≥ 0"));
    }
    if ((contributions || tree) && format.toLowerCase(Locale.ROOT).equals("csv")) {
      problems.add(
          Issue.error("INVALID_OPTION", "--format", "contributions/tree need json or table"));
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    Result<Inventory> result = calculate(method);
    if (!(contributions || tree) || !(result instanceof Result.Ok<Inventory> ok)) {
      return print(result);
    }
    AllocationMethod alloc = AllocationMethod.fromCli(allocation).orElseThrow();
    Result<Contributions> c =
        loaded()
            .flatMap(
                e ->
                    e.contributions(
                        process,
                        amount,
                        linkOptions(alloc),
                        indicator == null ? method : indicator));
    if (!(c instanceof Result.Ok<Contributions> cok)) {
      return invalid(c.issues());
    }
    String text =
        format.toLowerCase(Locale.ROOT).equals("table")
            ? table(ok.value(), cok.value())
            : JsonCodec.mapper().writeValueAsString(json(ok.value(), cok.value()));
    out().println(text);
    out().flush();
    return ExitCodes.OK;
  }

  private ObjectNode json(Inventory inv, Contributions c) {
    ObjectNode root = LciWriter.toJson(inv);
    if (contributions) {
      root.set(
          "contributions",
          ContributionWriter.contributions(
              indicator == null ? method : indicator, c.total(), c.byProcess(), c.byFlow(), top));
    }
    if (tree) {
      ObjectNode t = ContributionWriter.tree(c.tree(cutoff, maxDepth, MAX_NODES));
      t.put("cutoff", cutoff);
      root.set("upstreamTree", t);
    }
    return root;
  }

  private String table(Inventory inv, Contributions c) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.write(
        String.format(
                Locale.ROOT,
                "%s  %s %s  (%d processes, %d links)  %s = %.6g%n",
                inv.processName(),
                inv.amount(),
                inv.unit(),
                inv.processes(),
                inv.links(),
                method,
                c.total())
            .getBytes(StandardCharsets.UTF_8));
    if (contributions) {
      bytes.write(
          ContributionWriter.table(c.byProcess(), c.byFlow(), top)
              .getBytes(StandardCharsets.UTF_8));
    }
    if (tree) {
      bytes.write(
          ContributionWriter.treeTable(c.tree(cutoff, maxDepth, MAX_NODES))
              .getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A bound on tree size whatever the cut-off (a cut-off of 0 on a loop never ends otherwise). */
  private static final int MAX_NODES = 5000;
}
