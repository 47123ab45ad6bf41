package org.minecarbon.cli.command;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code minecarbon validate FILE}: "OK" and a summary, or every issue (exit 2). */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check an inventory document; print a summary, or every problem found.")
public final class ValidateCommand extends BaseCommand {
  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Override
  protected int run() throws IOException {
    Result<CalcOptions.Loaded> result = calc.load(input.file);
    if (!(result instanceof Result.Ok<CalcOptions.Loaded> ok)) {
      return invalid(result.issues());
    }
    summary(ok.value().inventory()).forEach(out()::println);
    out().flush();
    warn(Issues.distinct(ok.warnings()));
    return ExitCodes.OK;
  }

  static List<String> summary(Inventory inv) {
    String sites =
        inv.sites().stream().map(ValidateCommand::site).collect(Collectors.joining("; "));
    return List.of(
        "OK",
        "enterprise: " + inv.enterprise().name(),
        "settings:   GWP "
            + inv.settings().effectiveGwp()
            + ", factor set "
            + inv.settings().effectiveFactorSet(),
        "sites:      " + inv.sites().size() + (sites.isEmpty() ? "" : " (" + sites + ")"),
        "rows:       "
            + inv.activities().size()
            + " activities, "
            + inv.sinks().size()
            + " sinks, "
            + inv.production().size()
            + " production",
        "years:      " + years(inv));
  }

  private static String site(Site s) {
    String details =
        Stream.of(s.name(), s.mineType() == null ? null : s.mineType().code(), s.province())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    return details.isEmpty() ? s.id() : s.id() + ": " + details;
  }

  private static String years(Inventory inv) {
    TreeSet<Integer> years = new TreeSet<>();
    Stream.of(
            inv.activities().stream().map(a -> a.meta()),
            inv.sinks().stream().map(s -> s.meta()),
            inv.production().stream().map(p -> p.meta()))
        .flatMap(s -> s)
        .map(RowMeta::period)
        .forEach(p -> years.add(p.year()));
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
