package org.minecarbon.io.bulk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceStream;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an inventory document with io's JSON configuration ({@link JsonCodec#mapper()}), token by
 * token: top-level fields other than the row arrays form the header (a small tree); each element of
 * {@code activities}, {@code sinks} and {@code production} is read as a small tree, mapped by io's
 * row reader and handed to a {@link BalanceStream}. When a header field follows a row array, the
 * first pass is discarded and a second pass runs with the complete header.
 */
public final class DocumentStream {
  static final ObjectReader NODES =
      JsonCodec.mapper()
          .readerFor(JsonNode.class)
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path path;
  private final FactorLibrary library;
  private final UnaryOperator<Settings> settings;
  private final int chunkRows;
  private final boolean parallel;
  private final DoubleConsumer progress;

  /**
   * @param progress told the fraction of the file read so far (0–1), every few thousand rows; a
   *     second pass (late header) starts again from 0
   */
  public DocumentStream(
      Path path,
      FactorLibrary library,
      UnaryOperator<Settings> settings,
      int chunkRows,
      boolean parallel,
      DoubleConsumer progress) {
    this.progress = progress;
    this.path = path;
    this.library = library;
    this.settings = settings;
    this.chunkRows = chunkRows;
    this.parallel = parallel;
  }

  public Result<Balance> run() throws IOException {
    try {
      Pass first = pass(null);
      if (!first.lateHeader()) {
        return first.result();
      }
      return pass(first.header()).result();
    } catch (JacksonException e) {
      return Result.err(invalidJson(e));
    }
  }

  private Pass pass(@Nullable ObjectNode knownHeader) throws IOException {
    BalanceStream stream =
        new BalanceStream(library, chunkRows, BalanceStream.DEFAULT_MAX_ISSUES, parallel);
    Pass pass =
        new Pass(
            path.getFileName().toString(),
            stream,
            settings,
            knownHeader,
            progress,
            Files.size(path));
    try (JsonParser p = JsonCodec.mapper().createParser(path.toFile())) {
      pass.read(p);
    }
    progress.accept(1);
    return pass;
  }

  /** As {@code JsonCodec.parse} reports it. */
  private Issue invalidJson(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return Issue.error(
        Codes.INVALID_JSON,
        "",
        path.getFileName() + ": not valid JSON" + where + ": " + e.getOriginalMessage(),
        "",
        "a JSON document");
  }
}
