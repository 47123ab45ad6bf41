package org.minecarbon.io.lca;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;
import org.minecarbon.lca.result.Inventory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes an {@link Inventory} as {@code minecarbon/lci@1} JSON (footprint contract §3) or CSV. */
public final class LciWriter {
  public static final String FORMAT = "minecarbon/lci@1";

  private LciWriter() {}

  public static ObjectNode toJson(Inventory inv) {
    ObjectNode root = JsonCodec.mapper().createObjectNode();
    root.put("format", FORMAT);
    ObjectNode process = root.putObject("process");
    process.put("@id", inv.processId());
    process.put("name", inv.processName());
    root.put("amount", inv.amount());
    root.put("unit", inv.unit());
    ObjectNode system = root.putObject("system");
    system.put("processes", inv.processes());
    system.put("links", inv.links());
    ArrayNode flows = root.putArray("flows");
    for (FlowResult f : inv.flows()) {
      ObjectNode n = flows.addObject();
      n.put("@id", f.id());
      n.put("name", f.name());
      n.put("category", f.category());
      n.put("direction", f.direction());
      n.put("amount", f.amount());
      n.put("unit", f.unit());
    }
    ArrayNode impacts = root.putArray("impacts");
    for (ImpactResult i : inv.impacts()) {
      ObjectNode n = impacts.addObject();
      n.put("method", i.method());
      n.put("category", i.category());
      n.put("amount", i.amount());
      n.put("unit", i.unit());
    }
    return root;
  }

  public static void writeJson(Inventory inv, OutputStream out) throws IOException {
    JsonCodec.mapper().writeValue(out, toJson(inv));
  }

  /** One row per flow: @id, name, category, direction, amount, unit (RFC 4180 quoting). */
  public static void writeCsv(Inventory inv, OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder("@id,name,category,direction,amount,unit\n");
    for (FlowResult f : inv.flows()) {
      sb.append(
              String.join(
                  ",",
                  q(f.id()),
                  q(f.name()),
                  q(f.category()),
                  f.direction(),
                  String.valueOf(f.amount()),
                  q(f.unit())))
          .append('\n');
    }
    for (ImpactResult i : inv.impacts()) {
      sb.append(
              String.join(
                  ",",
                  q(i.method()),
                  q(i.category()),
                  "",
                  "impact",
                  String.valueOf(i.amount()),
                  q(i.unit())))
          .append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String q(String s) {
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
