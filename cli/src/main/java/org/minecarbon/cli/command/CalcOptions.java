package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that calculates: GWP set and factor set overrides and user factor
 * files. Loads and validates the document with them applied.
 */
final class CalcOptions {
  @Option(
      names = "--gwp",
      paramLabel = "SET",
      converter = Converters.Gwp.class,
      description = "GWP-100 set overriding the document: SAR, AR4, AR5 or AR6.")
  @Nullable GwpSet gwp;

  @Option(
      names = "--factor-set",
      paramLabel = "ID",
      description = "Factor set overriding the document (see 'minecarbon factors sets').")
  @Nullable String factorSet;

  @Mixin LibraryOptions libraryOptions = new LibraryOptions();

  /** The factor library with the user's factor files, and the factor-set override checked. */
  Result<FactorLibrary> library() throws IOException {
    Result<FactorLibrary> library = libraryOptions.library();
    if (library instanceof Result.Ok<FactorLibrary> ok
        && factorSet != null
        && ok.value().set(factorSet).isEmpty()) {
      return Result.err(unknownSet(ok.value(), factorSet));
    }
    return library;
  }

  /** The document's settings with the command line's GWP and factor-set overrides. */
  Settings override(Settings settings) {
    return settings.override(gwp, factorSet);
  }

  /** Library, document and overrides, all checked; every problem is reported together. */
  Result<Loaded> load(Path file) throws IOException {
    return library().flatMap(l -> Inputs.load(file, l).map(inv -> loaded(inv, l)));
  }

  private Loaded loaded(Inventory inventory, FactorLibrary library) {
    return new Loaded(inventory.withSettings(override(inventory.settings())), library);
  }

  static Issue unknownSet(FactorLibrary library, String id) {
    List<String> ids = library.sets().stream().map(s -> s.id()).toList();
    return Issue.error(
        Codes.UNKNOWN_FACTOR_SET, "", "unknown factor set", id, "one of " + String.join(", ", ids));
  }

  /** A validated inventory (overrides applied) and the library to calculate it with. */
  record Loaded(Inventory inventory, FactorLibrary library) {}
}
