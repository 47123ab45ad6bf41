package org.minecarbon.io.meter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.internal.JsonFields;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Conditions;
import tools.jackson.databind.JsonNode;

/**
 * JSON-lines readings: {@code {"meter","time","value"}} or {@code {"meter","time","flow",
 * "concentration"}}, optional {@code status} and {@code conditions {temperature, pressure}}.
 */
final class JsonLines implements ReadingsReader.LineParser {
  @Override
  public @Nullable Reading parse(String line, String where, List<Issue> issues) {
    Result<JsonNode> parsed = JsonCodec.parse(line.getBytes(StandardCharsets.UTF_8), "line");
    if (!(parsed instanceof Result.Ok<JsonNode> ok) || !ok.value().isObject()) {
      issues.add(Issue.error("INVALID_JSON", "line", "not a JSON object").at(where));
      return null;
    }
    JsonNode n = ok.value();
    JsonFields f = new JsonFields(where, issues);
    String meter = f.str(n, "", "meter", true);
    Instant t = f.instant(n, "", "time");
    Double value = f.num(n, "", "value", false);
    Double flow = f.num(n, "", "flow", false);
    Double conc = f.num(n, "", "concentration", false);
    boolean pair = flow != null || conc != null;
    if (pair && value != null) {
      f.error("AMBIGUOUS_READING", "/value", "a reading has a value or flow and concentration");
    } else if (pair && (flow == null || conc == null)) {
      f.error(
          "REQUIRED",
          flow == null ? "/flow" : "/concentration",
          "a pair needs flow and concentration");
    } else if (!pair && value == null && JsonFields.node(n, "value") == null) {
      f.error("REQUIRED", "/value", "missing value (or flow and concentration)");
    }
    Status s = status(f, n);
    Conditions c = conditions(f, n);
    if (!issues.isEmpty() || meter == null || t == null || s == null) {
      return null;
    }
    Reading r = pair ? Reading.pair(meter, t, flow, conc) : Reading.value(meter, t, value);
    return r.withStatus(s).withConditions(c);
  }

  private static @Nullable Status status(JsonFields f, JsonNode n) {
    String s = f.str(n, "", "status", false);
    if (s == null) {
      return Status.OK;
    }
    Status st = Status.fromCode(s).orElse(null);
    if (st == null) {
      f.error("UNKNOWN_STATUS", "/status", "status must be ok, calibrating or fault");
    }
    return st;
  }

  private static @Nullable Conditions conditions(JsonFields f, JsonNode n) {
    JsonNode c = JsonFields.node(n, "conditions");
    if (c == null) {
      return null;
    }
    Double t = c.isObject() ? f.num(c, "/conditions", "temperature", true) : null;
    Double p = c.isObject() ? f.num(c, "/conditions", "pressure", true) : null;
    if (t == null || p == null || !(t > -273.15) || !(p > 0)) {
      f.error(
          "INVALID_CONDITIONS",
          "/conditions",
          "conditions need temperature (°C) and pressure (kPa > 0)");
      return null;
    }
    return new Conditions(t, p);
  }
}
