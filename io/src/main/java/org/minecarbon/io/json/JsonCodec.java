package org.minecarbon.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.table.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses JSON text to a tree (syntax errors as issues with line/column) and writes trees. The
 * parser refuses nesting deeper than {@link Limits#MAX_NESTING_DEPTH}, strings and property names
 * longer than {@link Limits#MAX_TEXT_LENGTH} and numbers longer than {@link
 * Limits#MAX_NUMBER_LENGTH} (a LIMIT_EXCEEDED issue with line and column).
 */
public final class JsonCodec {
  /** The parser limits (document length is capped by the readers: {@link Limits#MAX_BYTES}). */
  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
          .maxStringLength(Limits.MAX_TEXT_LENGTH)
          .maxNameLength(Limits.MAX_TEXT_LENGTH)
          .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
          .build();

  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /**
   * The mapper's writer without indentation: for what only programs read (stored documents, audit
   * texts), where pretty-printing only adds bytes to write, send, store and parse.
   */
  private static final ObjectWriter COMPACT =
      MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private JsonCodec() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** The mapper's writer without indentation ({@link #COMPACT}). */
  public static ObjectWriter compact() {
    return COMPACT;
  }

  /** The tree, or one INVALID_JSON issue saying where the text stops being JSON. */
  public static Result<JsonNode> parse(byte[] bytes, String name) {
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        return Result.err(Issue.error(Codes.INVALID_JSON, "", name + ": empty document"));
      }
      return Result.ok(root);
    } catch (StreamConstraintsException e) {
      return Result.err(
          Issue.error(
              IoCodes.LIMIT_EXCEEDED,
              "",
              name + ": too large or too deeply nested" + where(e) + ": " + e.getOriginalMessage(),
              "",
              "nesting depth at most "
                  + Limits.MAX_NESTING_DEPTH
                  + ", text at most "
                  + Limits.MAX_TEXT_LENGTH
                  + " characters, numbers at most "
                  + Limits.MAX_NUMBER_LENGTH
                  + " characters"));
    } catch (JacksonException e) {
      String where = where(e);
      return Result.err(
          Issue.error(
              Codes.INVALID_JSON,
              "",
              name + ": not valid JSON" + where + ": " + e.getOriginalMessage(),
              "",
              "a JSON document"));
    }
  }

  private static String where(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /** Pretty-printed UTF-8 with a final newline; non-ASCII text is written as is. */
  public static void write(JsonNode node, OutputStream out) throws IOException {
    try {
      MAPPER.writeValue(out, node);
    } catch (JacksonException e) {
      throw new IOException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    out.write("\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
