package org.minecarbon.app.enterprise;

import org.jspecify.annotations.Nullable;
import org.minecarbon.store.inventory.EnterpriseRecord;
import org.minecarbon.store.inventory.SiteRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Between the user-facing enterprise/site records and their inventory-document objects. */
public final class Headers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Headers() {}

  public static ObjectNode header(EnterpriseInput in) {
    ObjectNode header = F.objectNode();
    ObjectNode e = header.putObject("enterprise");
    e.put("name", in.name());
    putIf(e, "creditCode", in.creditCode());
    putIf(e, "industry", in.industry());
    putIf(e, "province", in.province());
    ObjectNode s = F.objectNode();
    putIf(s, "gwp", in.gwp());
    putIf(s, "factorSet", in.factorSet());
    if (!s.isEmpty()) {
      header.set("settings", s);
    }
    return header;
  }

  public static EnterpriseView view(EnterpriseRecord r) {
    JsonNode e = r.header().path("enterprise");
    JsonNode s = r.header().path("settings");
    return new EnterpriseView(
        r.id(),
        r.name(),
        text(e, "creditCode"),
        text(e, "industry"),
        text(e, "province"),
        text(s, "gwp"),
        text(s, "factorSet"),
        r.version());
  }

  public static ObjectNode site(SiteInput in) {
    ObjectNode s = F.objectNode();
    s.put("id", in.code());
    putIf(s, "name", in.name());
    putIf(s, "mineType", in.mineType());
    putIf(s, "commodity", in.commodity());
    putIf(s, "province", in.province());
    putIf(s, "gasGrade", in.gasGrade());
    return s;
  }

  public static SiteView view(SiteRecord r) {
    ObjectNode d = r.doc();
    return new SiteView(
        r.id(),
        r.code(),
        text(d, "name"),
        text(d, "mineType"),
        text(d, "commodity"),
        text(d, "province"),
        text(d, "gasGrade"),
        r.version());
  }

  /** A string field, or null when absent or not a string. */
  public static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  private static void putIf(ObjectNode o, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      o.put(field, value.strip());
    }
  }
}
