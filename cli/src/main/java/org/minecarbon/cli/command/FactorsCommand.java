package org.minecarbon.cli.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.cli.render.Numbers;
import org.minecarbon.cli.render.TextTable;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.factor.FactorSet;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minecarbon factors sets|list|show}: browse the factor library with provenance. */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    description = "Browse default factors: sets, values, units, citations, confidence.",
    subcommands = {
      FactorsCommand.Sets.class,
      FactorsCommand.ListFactors.class,
      FactorsCommand.Show.class
    })
public final class FactorsCommand extends BaseCommand {
  @Override
  protected int run() {
    spec.commandLine().usage(err());
    return ExitCodes.INVALID_INPUT;
  }

  /** Shared: the library (with user files) or the issues that prevent it. */
  abstract static class LibraryCommand extends BaseCommand {
    @Mixin LibraryOptions libraryOptions = new LibraryOptions();

    @Override
    protected final int run() throws IOException {
      Result<FactorLibrary> library = libraryOptions.library();
      if (!(library instanceof Result.Ok<FactorLibrary> ok)) {
        return invalid(library.issues());
      }
      return run(ok.value());
    }

    abstract int run(FactorLibrary library);
  }

  @Command(name = "sets", mixinStandardHelpOptions = true, description = "List factor sets.")
  static final class Sets extends LibraryCommand {
    @Override
    int run(FactorLibrary library) {
      TextTable t =
          new TextTable(
              List.of("id", "parent", "version", "own factors", "kind", "title"), "LLLRLL");
      for (FactorSet s : library.sets()) {
        t.add(
            List.of(
                s.id(),
                s.parent() == null ? "—" : s.parent(),
                s.version(),
                Integer.toString(s.factors().size()),
                s.builtIn() ? "built-in" : "user",
                s.title()));
      }
      t.lines().forEach(out()::println);
      out().println();
      out().println("default: " + FactorLibrary.DEFAULT_SET);
      out().flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the factors visible from a set (own and inherited).")
  static final class ListFactors extends LibraryCommand {
    @Option(names = "--set", paramLabel = "ID", description = "Factor set (default CN-2015).")
    String set = FactorLibrary.DEFAULT_SET;

    @Option(names = "--key-prefix", paramLabel = "P", description = "Only keys starting with P.")
    String prefix = "";

    @Override
    int run(FactorLibrary library) {
      if (library.set(set).isEmpty()) {
        return invalid(List.of(CalcOptions.unknownSet(library, set)));
      }
      TextTable t = new TextTable(List.of("key", "value", "unit", "conf.", "set"), "LRLLL");
      for (Map.Entry<String, Factor> e : library.effective(set).entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          Factor f = e.getValue();
          t.add(
              List.of(f.key(), Numbers.plain(f.value()), f.unit(), f.confidence().tag(), f.set()));
        }
      }
      if (t.isEmpty()) {
        return usageError("no factor key in " + set + " starts with '" + prefix + "'");
      }
      t.lines().forEach(out()::println);
      out().flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one factor with its citation: ID is set:key, or a key with --set.")
  static final class Show extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "e.g. CN-2015:fuel.diesel.ncv")
    String id;

    @Option(names = "--set", paramLabel = "ID", description = "Resolve a bare key in this set.")
    @Nullable String set;

    @Override
    int run(FactorLibrary library) {
      Optional<Factor> found =
          id.contains(":")
              ? library.byId(id)
              : library.resolve(set == null ? FactorLibrary.DEFAULT_SET : set, id);
      if (found.isEmpty()) {
        return invalid(List.of(missing(library)));
      }
      describe(found.get()).forEach(out()::println);
      out().flush();
      return ExitCodes.OK;
    }

    private Issue missing(FactorLibrary library) {
      String s = id.contains(":") ? id.substring(0, id.indexOf(':')) : set;
      if (s != null && library.set(s).isEmpty()) {
        return CalcOptions.unknownSet(library, s);
      }
      return Issue.error(
          Codes.MISSING_FACTOR,
          "",
          "no such factor",
          id,
          "set:key, e.g. CN-2015:fuel.diesel.ncv (see 'minecarbon factors list')");
    }

    static List<String> describe(Factor f) {
      List<String> out = new ArrayList<>();
      out.add(f.id());
      out.add("  value:       " + Numbers.plain(f.value()) + " " + f.unit());
      out.add("  set:         " + f.set());
      out.add("  key:         " + f.key());
      out.add("  confidence:  " + f.confidence().tag() + " " + f.confidence().label());
      out.add("  citation:    " + f.citation());
      if (f.uncertainty() != null) {
        out.add("  uncertainty: " + f.uncertainty().spec());
      }
      if (!f.note().isBlank()) {
        out.add("  note:        " + f.note());
      }
      return out;
    }
  }
}
