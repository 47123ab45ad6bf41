package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.cli.render.ExplanationText;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.ResultWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minecarbon explain FILE --year Y [--column C | --row ID]}: why a figure has its value. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a figure down to rows, formulas and factors (with citations).",
      "With neither --column nor --row, explains the year's emissions total."
    })
public final class ExplainCommand extends BaseCommand {
  /** Output formats of an explanation. */
  enum Format {
    TEXT,
    JSON
  }

  static final class FormatConverter extends Converters.ByName<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Option(names = "--year", paramLabel = "Y", description = "Year (required unless --row).")
  @Nullable Integer year;

  @Option(
      names = "--column",
      paramLabel = "C",
      description = "Balance column: fuel, carbonate, fugitiveCH4, …, allowance.")
  @Nullable String column;

  @Option(names = "--row", paramLabel = "ID", description = "Row id or JSON Pointer.")
  @Nullable String row;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default) or json.")
  Format format = Format.TEXT;

  @Override
  protected int run() throws IOException {
    Optional<String> usage = checkArguments();
    if (usage.isPresent()) {
      return usageError(usage.get());
    }
    Result<Explanation> result = Calculations.balance(input.file, calc).flatMap(this::explain);
    if (!(result instanceof Result.Ok<Explanation> ok)) {
      return invalid(result.issues());
    }
    if (format == Format.JSON) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ResultWriters.explanationJson(ok.value(), bytes);
      printBytes(bytes);
    } else {
      ExplanationText.render(ok.value()).forEach(out()::println);
      out().flush();
    }
    warn(Issues.distinct(relevant(ok.value(), ok.warnings())));
    return ExitCodes.OK;
  }

  /** Only the warnings about the rows being explained (e.g. an unconfirmed factor they use). */
  static List<Issue> relevant(Explanation explanation, List<Issue> warnings) {
    Set<String> rows =
        explanation.lines().stream().map(l -> l.row().pointer()).collect(Collectors.toSet());
    return warnings.stream()
        .filter(
            w ->
                rows.stream()
                    .anyMatch(r -> w.pointer().equals(r) || w.pointer().startsWith(r + "/")))
        .toList();
  }

  private Optional<String> checkArguments() {
    if (column != null && row != null) {
      return Optional.of("give either --column or --row, not both");
    }
    if (row == null && year == null) {
      return Optional.of("--year is required (unless --row is given)");
    }
    return Optional.empty();
  }

  private Result<Explanation> explain(Balance balance) {
    if (row != null) {
      return Explainer.row(balance, row);
    }
    int y = year == null ? 0 : year;
    if (column == null) {
      return Explainer.total(balance, y);
    }
    Optional<Column> c = Column.fromCode(column);
    if (c.isEmpty()) {
      return Result.err(unknownColumn(column));
    }
    return Explainer.column(balance, y, c.get());
  }

  private static Issue unknownColumn(String text) {
    return Issue.error(
        Codes.UNKNOWN_COLUMN,
        "",
        "unknown balance column",
        text,
        "one of "
            + String.join(
                ", ", java.util.Arrays.stream(Column.values()).map(Column::code).toList()));
  }
}
