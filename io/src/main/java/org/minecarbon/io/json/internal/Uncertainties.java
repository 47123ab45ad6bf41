package org.minecarbon.io.json.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.result.Codes;
import tools.jackson.databind.JsonNode;

/**
 * The optional per-row {@code uncertainty} (an extension of v1): either the compact text form
 * ({@code "normal:5"}) or an object such as {@code {"distribution":"lognormal","lower":50,
 * "upper":100}}. Parameters are percentages of the nominal value.
 */
final class Uncertainties {
  static final String EXPECTED =
      "\"normal:5\", \"lognormal:50:100\", \"triangular:-20:0:30\", \"uniform:-10:10\" or an"
          + " object {\"distribution\": normal|lognormal|triangular|uniform, pct | lower, upper |"
          + " min, mode, max}";

  private Uncertainties() {}

  static @Nullable Distribution read(Fields f, JsonNode row, String parent) {
    JsonNode n = Fields.node(row, "uncertainty");
    if (n == null) {
      return null;
    }
    String p = Fields.child(parent, "uncertainty");
    Optional<Distribution> d;
    if (n.isString()) {
      d = Distribution.parse(n.stringValue());
    } else if (n.isObject()) {
      d = fromObject(n);
    } else {
      d = Optional.empty();
    }
    if (d.isEmpty()) {
      f.error(Codes.INVALID_UNCERTAINTY, p, "invalid uncertainty", n, EXPECTED);
      return null;
    }
    return d.get();
  }

  private static Optional<Distribution> fromObject(JsonNode n) {
    JsonNode kind = n.get("distribution");
    if (kind == null || !kind.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          switch (kind.stringValue().strip().toLowerCase(Locale.ROOT)) {
            case "normal" -> new Distribution.Normal(param(n, "pct"));
            case "lognormal" -> new Distribution.Lognormal(param(n, "lower"), param(n, "upper"));
            case "triangular" ->
                new Distribution.Triangular(param(n, "min"), param(n, "mode"), param(n, "max"));
            case "uniform" -> new Distribution.Uniform(param(n, "min"), param(n, "max"));
            default -> null;
          });
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static double param(JsonNode n, String name) {
    JsonNode v = n.get(name);
    double d;
    if (v != null && v.isNumber()) {
      d = v.doubleValue();
    } else if (v != null && v.isString()) {
      d = Double.parseDouble(v.stringValue().strip());
    } else {
      throw new IllegalArgumentException("missing " + name);
    }
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(name + " not finite");
    }
    return d;
  }
}
