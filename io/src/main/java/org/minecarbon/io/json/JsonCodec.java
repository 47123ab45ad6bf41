package org.minecarbon.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Parses JSON text to a tree (syntax errors as issues with line/column) and writes trees. */
public final class JsonCodec {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private JsonCodec() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** The tree, or one INVALID_JSON issue saying where the text stops being JSON. */
  public static Result<JsonNode> parse(byte[] bytes, String name) {
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        return Result.err(Issue.error(Codes.INVALID_JSON, "", name + ": empty document"));
      }
      return Result.ok(root);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      return Result.err(
          Issue.error(
              Codes.INVALID_JSON,
              "",
              name + ": not valid JSON" + where + ": " + e.getOriginalMessage(),
              "",
              "a JSON document"));
    }
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
