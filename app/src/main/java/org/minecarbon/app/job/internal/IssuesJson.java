package org.minecarbon.app.job.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Severity;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A job's issues as the JSON array the store keeps (every field of {@link Issue}). */
public final class IssuesJson {
  private IssuesJson() {}

  public static String write(List<Issue> issues) {
    ArrayNode a = JsonCodec.mapper().createArrayNode();
    for (Issue i : issues) {
      ObjectNode o = a.addObject();
      o.put("code", i.code());
      o.put("severity", i.severity().name());
      o.put("message", i.message());
      o.put("pointer", i.pointer());
      o.put("value", i.value());
      o.put("expected", i.expected());
      o.put("location", i.location());
    }
    return a.toString();
  }

  public static List<Issue> read(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<Issue> out = new ArrayList<>();
    for (JsonNode o : JsonCodec.mapper().readTree(json)) {
      out.add(
          new Issue(
              o.path("code").asString(""),
              Severity.valueOf(o.path("severity").asString("ERROR")),
              o.path("message").asString(""),
              o.path("pointer").asString(""),
              o.path("value").asString(""),
              o.path("expected").asString(""),
              o.path("location").asString("")));
    }
    return out;
  }
}
