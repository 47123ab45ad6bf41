package org.minecarbon.app.footprint.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.lca.PreparedLibrary;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.store.Store;
import tools.jackson.databind.JsonNode;

/**
 * Prepared background databases: an upload is read as {@code lca import} reads it (io's {@link
 * org.minecarbon.io.lca.JsonLdReader}, then {@link LcaEngine#of}) and written as its prepared
 * library; a stored library is reloaded as {@code lca inventory LIB} reloads it. Engines are cached
 * per database id (a stored database never changes; a deleted one is evicted).
 */
final class Backgrounds {
  private final Store store;
  private final Map<Long, LcaEngine> engines = new ConcurrentHashMap<>();

  Backgrounds(Store store) {
    this.store = store;
  }

  /** A checked upload: its engine, prepared library bytes and olca-schema version. */
  record Prepared(LcaEngine engine, byte[] library, String schemaVersion) {}

  /**
   * Checks and prepares an upload at once (every phase of {@link DatabasePreparation}).
   *
   * @throws InvalidInputException with every problem of the package
   */
  Prepared prepare(String name, byte[] zip) {
    Result<Prepared> p = DatabasePreparation.prepare(name, zip, DatabasePreparation.Phases.NONE);
    if (!(p instanceof Result.Ok<Prepared> ok)) {
      throw new InvalidInputException(name + " is not a usable database", p.issues());
    }
    return ok.value();
  }

  void remember(long id, LcaEngine engine) {
    engines.put(id, engine);
  }

  void forget(long id) {
    engines.remove(id);
  }

  /** The engine of a stored database of the group (loaded once). */
  LcaEngine engine(long groupId, long id) {
    LcaEngine cached = engines.get(id);
    if (cached != null) {
      return cached;
    }
    byte[] bytes =
        store
            .footprints()
            .library(groupId, id)
            .orElseThrow(() -> new org.minecarbon.app.NotFoundException("LCA database", id));
    Path dir = tempDir();
    try {
      Path lib = dir.resolve("library.gz");
      Files.write(lib, bytes);
      Result<LcaEngine> read = PreparedLibrary.read(lib).map(LcaEngine::ofEvaluated);
      if (!(read instanceof Result.Ok<LcaEngine> ok)) {
        throw new IllegalStateException("stored LCA database " + id + " does not read");
      }
      engines.put(id, ok.value());
      return ok.value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /**
   * olca-schema version: a v2 package has {@code olca-schema.json} (with its {@code version}); a v1
   * export (openLCA 1.x) has none.
   */
  static String schemaVersion(byte[] zip) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("olca-schema.json")) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          Result<JsonNode> meta = JsonCodec.parse(text.getBytes(StandardCharsets.UTF_8), "meta");
          return meta instanceof Result.Ok<JsonNode> ok && ok.value().has("version")
              ? ok.value().path("version").asString("2")
              : "2";
        }
      }
    }
    return "1";
  }

  static Path tempDir() {
    try {
      return Files.createTempDirectory("minecarbon-lca");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary file left behind is harmless; the OS cleans its temp directory
      System.getLogger(Backgrounds.class.getName())
          .log(System.Logger.Level.DEBUG, "temporary files not removed: " + dir, e);
    }
  }
}
