package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.cli.render.FootprintTable;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.footprint.FootprintInputs;
import org.minecarbon.io.footprint.FootprintJson;
import org.minecarbon.io.footprint.LinksReader;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.EngineBackground;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCalculator;
import org.minecarbon.lca.footprint.FootprintRequest;
import org.minecarbon.lca.footprint.Links;
import org.minecarbon.lca.link.LinkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minecarbon footprint FILE --year Y --product P}: the product carbon footprint of a mine in
 * kg CO2e per tonne, by stage and origin (footprint contract v1 §4).
 */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    description =
        "Product carbon footprint (kgCO2e/t) of a mine's product by life-cycle stage, with"
            + " co-product allocation.")
public final class FootprintCommand extends BaseCommand {
  /** Output formats of the footprint. */
  enum Format {
    JSON,
    TABLE
  }

  static final class FormatConverter extends Converters.ByName<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  static final class AllocationConverter extends Converters.ByName<AllocationMethod> {
    AllocationConverter() {
      super(AllocationMethod.class);
    }
  }

  @Mixin InputFile input = new InputFile();

  @Mixin CalcOptions calc = new CalcOptions();

  @Option(names = "--year", required = true, paramLabel = "Y", description = "Reporting year.")
  int year;

  @Option(
      names = "--product",
      required = true,
      paramLabel = "P",
      description = "Product code of the production rows (copper-concentrate).")
  String product = "";

  @Option(
      names = "--background",
      paramLabel = "DB.zip|LIB",
      description =
          "Background database (openLCA JSON-LD zip or folder, or a prepared library from 'lca"
              + " import') for the upstream terms; needs --links.")
  @Nullable Path background;

  @Option(
      names = "--links",
      paramLabel = "LINKS.json",
      description = "Purchased inputs linked to background processes.")
  @Nullable Path links;

  @Option(
      names = "--method",
      defaultValue = "ipcc-ar6-gwp100",
      paramLabel = "M",
      description = "Characterisation method of the upstream terms (default ipcc-ar6-gwp100).")
  String method = "ipcc-ar6-gwp100";

  @Option(
      names = "--allocation",
      defaultValue = "mass",
      converter = AllocationConverter.class,
      description = "Co-product allocation: mass (default) or economic (price on production rows).")
  AllocationMethod allocation = AllocationMethod.MASS;

  @Option(
      names = "--format",
      defaultValue = "json",
      converter = FormatConverter.class,
      description = "json (default, minecarbon/footprint@1) or table.")
  Format format = Format.JSON;

  @Mixin LangOption lang = new LangOption();

  @Override
  protected int run() throws IOException {
    if ((background == null) != (links == null)) {
      return usageError(
          "--background and --links go together: the links point purchased inputs into the"
              + " background database");
    }
    Result<Footprint> result = compute();
    if (!(result instanceof Result.Ok<Footprint> ok)) {
      return invalid(result.issues());
    }
    write(ok.value());
    warn(Issues.distinct(ok.value().warnings()));
    return ExitCodes.OK;
  }

  private Result<Footprint> compute() throws IOException {
    Result<CalcOptions.Loaded> loaded = calc.load(input.file);
    if (!(loaded instanceof Result.Ok<CalcOptions.Loaded> ok)) {
      return Result.err(loaded.issues());
    }
    CalcOptions.Loaded l = ok.value();
    Result<Calculation> calculation = new Calculator(l.library()).calculate(l.inventory());
    Result<FootprintInputs> extra = extensions(l);
    if (!(calculation instanceof Result.Ok<Calculation> c)
        || !(extra instanceof Result.Ok<FootprintInputs> x)) {
      List<Issue> all = new ArrayList<>(calculation.issues());
      all.addAll(extra.issues());
      return Result.err(all);
    }
    FootprintInputs in = x.value();
    FootprintRequest.Upstream upstream = null;
    if (background != null && links != null) {
      Result<Links> linked = LinksReader.read(links);
      Result<LcaEngine> engine = LcaCommand.engine(background);
      if (!(linked instanceof Result.Ok<Links> lk) || !(engine instanceof Result.Ok<LcaEngine> e)) {
        List<Issue> all = new ArrayList<>(linked.issues());
        all.addAll(engine.issues());
        return Result.err(all);
      }
      upstream =
          new FootprintRequest.Upstream(
              lk.value(), new EngineBackground(e.value(), method, LinkOptions.defaults()), method);
    }
    FootprintRequest request =
        new FootprintRequest(
            c.value(), year, product, allocation, in.prices(), in.materials(), upstream);
    return new FootprintCalculator().calculate(request);
  }

  /** Prices and materials exist only in a JSON document (workbooks have no such columns). */
  private Result<FootprintInputs> extensions(CalcOptions.Loaded l) throws IOException {
    Path file = input.file;
    if (Files.isDirectory(file)
        || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Result.ok(FootprintInputs.none());
    }
    return JsonCodec.parse(Files.readAllBytes(file), file.toString())
        .flatMap(tree -> FootprintInputs.read(tree, l.inventory()));
  }

  private void write(Footprint f) throws IOException {
    if (format == Format.TABLE) {
      FootprintTable.render(f, lang.value()).forEach(out()::println);
      out().flush();
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FootprintJson.write(f, bytes);
    printBytes(bytes);
  }
}
