package org.minecarbon.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import picocli.CommandLine.Option;

/** {@code --factor-file}: user factor sets added to the built-in library. */
final class LibraryOptions {
  @Option(
      names = "--factor-file",
      paramLabel = "CSV",
      description =
          "Add a user factor set (CSV with '# set:' and '# parent:' header lines). Repeatable.")
  List<Path> factorFiles = new ArrayList<>();

  /** The built-in library plus every user set; all problems of all files are reported. */
  Result<FactorLibrary> library() throws IOException {
    FactorLibrary library = FactorLibrary.builtIn();
    List<Issue> issues = new ArrayList<>();
    for (Path file : factorFiles) {
      if (!Files.isRegularFile(file)) {
        issues.add(Inputs.notFound(file, "a factor-set CSV file"));
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        Result<FactorLibrary> next = library.withUserSet(in, file.toString());
        issues.addAll(next.issues());
        if (next instanceof Result.Ok<FactorLibrary> ok) {
          library = ok.value();
        }
      }
    }
    return Result.of(library, issues);
  }
}
