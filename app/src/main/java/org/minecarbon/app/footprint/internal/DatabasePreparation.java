package org.minecarbon.app.footprint.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.minecarbon.app.footprint.FootprintCodes;
import org.minecarbon.app.footprint.ImportPhase;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.io.lca.PreparedLibrary;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.Exchanges;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.link.ProviderIndex;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;

/**
 * Prepares an uploaded JSON-LD zip phase by phase ({@link ImportPhase}: reading, checking,
 * formulas, linking check, preparing the library), telling a {@link Phases} listener what each
 * phase counted. The first phase with errors ends it with every problem that phase found; nothing
 * is stored here (storing is the caller's last phase).
 */
final class DatabasePreparation {
  private DatabasePreparation() {}

  /** What the preparation tells while it runs. */
  interface Phases {
    void started(ImportPhase phase);

    void finished(ImportPhase phase, Map<String, Long> counts);

    Phases NONE =
        new Phases() {
          @Override
          public void started(ImportPhase phase) {}

          @Override
          public void finished(ImportPhase phase, Map<String, Long> counts) {}
        };
  }

  static Result<Backgrounds.Prepared> prepare(String name, byte[] zip, Phases phases) {
    phases.started(ImportPhase.READING);
    Optional<Issue> notZip = notZip(name, zip);
    if (notZip.isPresent()) {
      return Result.err(notZip.get());
    }
    Path dir = Backgrounds.tempDir();
    try {
      Path file = dir.resolve("upload.zip");
      Files.write(file, zip);
      Map<String, Long> files;
      String schema;
      try {
        files = folders(file);
        schema = Backgrounds.schemaVersion(zip);
      } catch (IOException e) {
        return Result.err(
            Issue.error(
                FootprintCodes.DATABASE_NOT_ZIP,
                "",
                "the zip does not read: " + e.getMessage(),
                name,
                "an openLCA JSON-LD export (.zip)"));
      }
      phases.finished(ImportPhase.READING, files);
      return prepare(file, dir, schema, phases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Backgrounds.delete(dir);
    }
  }

  private static Result<Backgrounds.Prepared> prepare(
      Path file, Path dir, String schema, Phases phases) throws IOException {
    phases.started(ImportPhase.CHECKING);
    Result<Library> read = JsonLdReader.read(file);
    if (!(read instanceof Result.Ok<Library> ok)) {
      return Result.err(read.issues());
    }
    phases.finished(ImportPhase.CHECKING, checked(ok.value()));
    phases.started(ImportPhase.FORMULAS);
    Result<LcaEngine> engine = LcaEngine.of(ok.value());
    if (!(engine instanceof Result.Ok<LcaEngine> e)) {
      return Result.err(engine.issues());
    }
    phases.finished(ImportPhase.FORMULAS, formulas(ok.value()));
    phases.started(ImportPhase.LINKING);
    phases.finished(ImportPhase.LINKING, links(e.value().library()));
    phases.started(ImportPhase.PREPARING);
    Path lib = dir.resolve("library.gz");
    PreparedLibrary.write(e.value().library(), lib);
    byte[] bytes = Files.readAllBytes(lib);
    phases.finished(ImportPhase.PREPARING, Map.of("bytes", (long) bytes.length));
    return Result.ok(new Backgrounds.Prepared(e.value(), bytes, schema));
  }

  /** The problem of bytes that are not a zip at all (checked before a job is started). */
  static Optional<Issue> notZip(String name, byte[] zip) {
    if (zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K') {
      return Optional.empty();
    }
    return Optional.of(
        Issue.error(
            FootprintCodes.DATABASE_NOT_ZIP,
            "",
            "not a zip file",
            name,
            "an openLCA JSON-LD export (.zip)"));
  }

  /** JSON files of the zip: all, and processes and flows by their folder. */
  static Map<String, Long> folders(Path zip) throws IOException {
    long all = 0;
    long processes = 0;
    long flows = 0;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        String n = e.getName();
        if (e.isDirectory() || !n.endsWith(".json")) {
          continue;
        }
        all++;
        processes += n.startsWith("processes/") ? 1 : 0;
        flows += n.startsWith("flows/") ? 1 : 0;
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("files", all);
    counts.put("processes", processes);
    counts.put("flows", flows);
    return counts;
  }

  static Map<String, Long> checked(Library library) {
    long exchanges = 0;
    for (Process p : library.allProcesses()) {
      exchanges += p.exchanges().size();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("processes", (long) library.processes().size());
    counts.put("flows", (long) library.flows().size());
    counts.put("exchanges", exchanges);
    return counts;
  }

  static Map<String, Long> formulas(Library library) {
    long formulas = 0;
    long parameters = library.globalParameters().size();
    for (Process p : library.allProcesses()) {
      parameters += p.parameters().size();
      formulas += p.exchanges().stream().filter(x -> !x.formula().isBlank()).count();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("formulas", formulas);
    counts.put("parameters", parameters);
    return counts;
  }

  /**
   * Product inputs and waste outputs with a provider in the package under the default link options,
   * and those without one (they stay unlinked in every system, as in openLCA).
   */
  static Map<String, Long> links(Library library) {
    ProviderIndex index = new ProviderIndex(library);
    long linked = 0;
    long unlinked = 0;
    for (Process p : library.allProcesses()) {
      for (Exchange x : p.exchanges()) {
        if (!Exchanges.isLinkable(x, library.flow(x.flowId()))) {
          continue;
        }
        if (index.choose(x, LinkOptions.defaults(), p.id()).isPresent()) {
          linked++;
        } else {
          unlinked++;
        }
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("linked", linked);
    counts.put("unlinked", unlinked);
    return counts;
  }
}
