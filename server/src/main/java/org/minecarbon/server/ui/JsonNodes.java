package org.minecarbon.server.ui;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers over the plan document's named lists (scenarios) and path points. */
final class JsonNodes {
  private JsonNodes() {}

  static JsonNode findByName(JsonNode list, String name) {
    for (JsonNode n : list) {
      if (n.path("name").asString("").equals(name)) {
        return n;
      }
    }
    return MissingNode.getInstance();
  }

  static int indexOf(ArrayNode list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).path("name").asString("").equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static ObjectNode findOrAdd(ArrayNode list, String name) {
    int i = indexOf(list, name);
    return i >= 0 ? (ObjectNode) list.get(i) : list.addObject().put("name", name);
  }

  /** A point's value: a number, or the text as typed (the plan's checks name it). */
  static void point(ObjectNode p, @Nullable String value) {
    String v = value == null ? "" : value.strip();
    Double d = PlanCustomForm.number(v);
    if (d != null) {
      p.put("value", d);
    } else {
      p.put("value", v);
    }
  }
}
