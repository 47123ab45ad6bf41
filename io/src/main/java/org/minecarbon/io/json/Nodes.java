package org.minecarbon.io.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for building output trees that omit absent optionals. */
public final class Nodes {
  private static final double EXACT_LONG = 9.007199254740992E15; // 2^53

  private Nodes() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Writes integral values without a fraction ({@code 3000000}, not {@code 3.0E6}). */
  public static void num(ObjectNode o, String name, @Nullable Double value) {
    if (value == null) {
      return;
    }
    o.set(name, number(value));
  }

  public static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG && !isNegativeZero(value)) {
      return JsonNodeFactory.instance.numberNode((long) value);
    }
    return JsonNodeFactory.instance.numberNode(value);
  }

  private static boolean isNegativeZero(double v) {
    return v == 0 && Double.doubleToRawLongBits(v) != 0;
  }

  public static void str(ObjectNode o, String name, @Nullable String value) {
    if (value != null) {
      o.put(name, value);
    }
  }
}
