package org.minecarbon.cli.command;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minecarbon.cli.render.BalanceTable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code minecarbon examples}: the balance of the bundled examples in the terminal. ({@code
 * ./minecarbon demo} starts the web application; this is its command-line counterpart.)
 */
@Command(
    name = "examples",
    mixinStandardHelpOptions = true,
    description = {
      "Run the balance of the bundled examples (a coal mine and seed 002 Table 1) in the terminal.",
      "The web application with the demo group starts with: ./minecarbon demo"
    })
public final class DemoCommand extends BaseCommand {
  static final List<String> EXAMPLES = List.of("coal-mine.json", "seed-002-table1.json");

  @Mixin LangOption lang = new LangOption();

  @Override
  protected int run() throws IOException {
    Optional<Path> dir = examplesDir();
    if (dir.isEmpty()) {
      return usageError(
          "the examples/ folder was not found; run the demo from the MineCarbon checkout");
    }
    out().println("MineCarbon examples: the command-line engine on the bundled examples.");
    out().println("(The web application with the demo group: ./minecarbon demo)");
    for (String name : EXAMPLES) {
      int status = show(dir.get().resolve(name));
      if (status != ExitCodes.OK) {
        return status;
      }
    }
    footer().forEach(out()::println);
    out().flush();
    return ExitCodes.OK;
  }

  private int show(Path file) throws IOException {
    Result<Balance> result = Calculations.balance(file, new CalcOptions());
    out().println();
    out().println("=== " + display(file) + " ===");
    if (!(result instanceof Result.Ok<Balance> ok)) {
      out().flush();
      return invalid(result.issues());
    }
    BalanceTable.render(ok.value(), lang.value()).forEach(out()::println);
    out().flush();
    warn(Issues.distinct(Warnings.of(ok)));
    return ExitCodes.OK;
  }

  private static List<String> footer() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Every figure can be traced to its rows, formulas and cited factors, e.g.:");
    lines.add("  ./minecarbon explain examples/coal-mine.json --year 2024 --column fugitiveCH4");
    lines.add("  ./minecarbon explain examples/seed-002-table1.json --year 2022");
    lines.add("Other commands: ./minecarbon --help");
    return lines;
  }

  private static String display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  /** examples/ under the working directory, else next to the checkout the jar was built in. */
  static Optional<Path> examplesDir() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("examples"));
    jarCheckout().ifPresent(root -> candidates.add(root.resolve("examples")));
    return candidates.stream()
        .filter(d -> Files.isRegularFile(d.resolve(EXAMPLES.get(0))))
        .findFirst();
  }

  /** cli/target/minecarbon-cli.jar (or cli/target/classes) → the checkout root. */
  private static Optional<Path> jarCheckout() {
    try {
      var source = DemoCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
      for (int i = 0; i < 3 && p != null; i++) {
        p = p.getParent();
      }
      return Optional.ofNullable(p);
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
