package org.minecarbon.io.lca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.model.Library;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The prepared library of {@code lca import}: the checked, formula-evaluated model as gzipped JSON
 * ({@code "format": "minecarbon/lca-library@1"}), reloaded without re-validating the JSON-LD or
 * re-evaluating formulas. Layout: see {@link LibraryCodec}.
 */
public final class PreparedLibrary {
  public static final String FORMAT = "minecarbon/lca-library@1";

  private PreparedLibrary() {}

  public static void write(Library library, Path file) throws IOException {
    ObjectNode root = LibraryCodec.encode(library);
    root.put("format", FORMAT);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      JsonCodec.mapper().writeValue(out, root);
    }
  }

  /** Whether {@code file} starts like a prepared library (gzip magic). */
  public static boolean isPrepared(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  public static Result<Library> read(Path file) {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Result<JsonNode> parsed = JsonCodec.parse(in.readAllBytes(), file.toString());
      if (!(parsed instanceof Result.Ok<JsonNode> ok)) {
        return Result.err(parsed.issues());
      }
      root = ok.value();
    } catch (IOException e) {
      return Result.err(Issue.error("LCA_DB_UNREADABLE", file.toString(), e.getMessage()));
    }
    if (!FORMAT.equals(Refs.text(root, "format"))) {
      return Result.err(
          Issue.error("UNKNOWN_FORMAT", file + ": format", "not a " + FORMAT + " file"));
    }
    return Result.ok(LibraryCodec.decode(root));
  }

  static <V> Map<String, V> byId(List<V> values, java.util.function.Function<V, String> id) {
    Map<String, V> m = new LinkedHashMap<>();
    values.forEach(v -> m.put(id.apply(v), v));
    return m;
  }

  static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      out.add(f.apply(array.get(i)));
    }
    return out;
  }
}
