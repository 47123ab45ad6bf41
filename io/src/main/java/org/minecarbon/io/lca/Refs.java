package org.minecarbon.io.lca;

import tools.jackson.databind.JsonNode;

/** Small accessors over JSON-LD nodes that tolerate the v1/v2 spelling differences. */
final class Refs {
  private Refs() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }

  static String id(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isObject() ? "" : text(v, "@id");
  }

  /** A boolean under its v2 name or its v1 name. */
  static boolean flag(JsonNode n, String v2, String v1) {
    JsonNode v = n.has(v2) ? n.get(v2) : n.get(v1);
    return v != null && v.asBoolean();
  }

  static double number(JsonNode n, String field, double fallback) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? fallback : v.doubleValue();
  }
}
