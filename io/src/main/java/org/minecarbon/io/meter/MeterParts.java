package org.minecarbon.io.meter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.meter.internal.JsonFields;
import org.minecarbon.meter.registry.Calibration;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Replacement;
import org.minecarbon.meter.registry.Substitution;
import org.minecarbon.meter.registry.Threshold;
import tools.jackson.databind.JsonNode;

/** The nested parts of a registry meter: conditions, calibration, replacements, thresholds, row. */
final class MeterParts {
  private static final Set<String> CHANNELS = Set.of("value", "flow", "concentration");
  private static final Set<String> ROW_FIELDS = Set.of("grid", "gridYear", "gridFactor", "stage");

  private MeterParts() {}

  static @Nullable Conditions conditions(JsonFields f, JsonNode n, String p) {
    JsonNode c = object(f, n, p, "conditions");
    if (c == null) {
      return null;
    }
    String q = p + "/conditions";
    Double t = f.num(c, q, "temperature", true);
    Double pr = f.num(c, q, "pressure", true);
    if (t == null || pr == null) {
      return null;
    }
    if (!(t > -273.15) || !(pr > 0)) {
      f.error("INVALID_NUMBER", q, "temperature must be above −273.15 °C, pressure positive (kPa)");
      return null;
    }
    return new Conditions(t, pr);
  }

  static @Nullable Calibration calibration(JsonFields f, JsonNode n, String p) {
    JsonNode c = object(f, n, p, "calibration");
    if (c == null) {
      return null;
    }
    String q = p + "/calibration";
    String cert = f.str(c, q, "certificate", false);
    LocalDate until = f.date(c, q, "validUntil");
    Double acc = f.num(c, q, "accuracy", false);
    return until == null ? null : new Calibration(cert, until, acc);
  }

  static List<Replacement> replacements(JsonFields f, JsonNode n, String p) {
    JsonNode a = JsonFields.node(n, "replacements");
    List<Replacement> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    if (!a.isArray()) {
      f.error("WRONG_TYPE", p + "/replacements", "replacements must be an array");
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      String q = p + "/replacements/" + i;
      JsonNode r = a.get(i);
      if (!r.isObject()) {
        f.error("WRONG_TYPE", q, "a replacement must be an object");
        continue;
      }
      Instant t = f.instant(r, q, "time");
      Double fin = f.num(r, q, "finalReading", true);
      Double init = f.num(r, q, "initialReading", false);
      if (t != null && fin != null) {
        out.add(new Replacement(t, fin, init == null ? 0.0 : init));
      }
    }
    return out;
  }

  static Map<String, Threshold> thresholds(JsonFields f, JsonNode n, String p) {
    JsonNode t = object(f, n, p, "thresholds");
    Map<String, Threshold> out = new LinkedHashMap<>();
    if (t == null) {
      return out;
    }
    for (String ch : t.propertyNames()) {
      String q = p + "/thresholds/" + ch;
      if (!CHANNELS.contains(ch)) {
        f.error("UNKNOWN_CHANNEL", q, "channel must be value, flow or concentration");
        continue;
      }
      JsonNode lim = t.get(ch);
      if (!lim.isObject()) {
        f.error("WRONG_TYPE", q, "a threshold must be an object {min, max}");
        continue;
      }
      out.put(ch, new Threshold(f.num(lim, q, "min", false), f.num(lim, q, "max", false)));
    }
    return out;
  }

  static Substitution substitution(JsonFields f, JsonNode n, String p) {
    String s = f.str(n, p, "substitution", false);
    if (s == null || s.equals("none") || s.equals("bridge")) {
      return Substitution.BRIDGE;
    }
    if (!s.equals("conservative")) {
      f.error("UNKNOWN_SUBSTITUTION", p + "/substitution", "substitution must be conservative");
    }
    return Substitution.CONSERVATIVE;
  }

  static Map<String, String> row(JsonFields f, JsonNode n, String p) {
    JsonNode r = object(f, n, p, "row");
    Map<String, String> out = new LinkedHashMap<>();
    if (r == null) {
      return out;
    }
    for (String k : r.propertyNames()) {
      JsonNode v = r.get(k);
      if (!ROW_FIELDS.contains(k)) {
        f.error("UNKNOWN_FIELD", p + "/row/" + k, "row may set grid, gridYear, gridFactor, stage");
      } else if (v.isString() || v.isNumber()) {
        out.put(k, v.isString() ? v.stringValue() : v.numberValue().toString());
      } else {
        f.error("WRONG_TYPE", p + "/row/" + k, k + " must be a string or number");
      }
    }
    return out;
  }

  private static @Nullable JsonNode object(JsonFields f, JsonNode n, String p, String name) {
    JsonNode c = JsonFields.node(n, name);
    if (c != null && !c.isObject()) {
      f.error("WRONG_TYPE", p + "/" + name, name + " must be an object");
      return null;
    }
    return c;
  }
}
