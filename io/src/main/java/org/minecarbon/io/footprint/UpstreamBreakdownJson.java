package org.minecarbon.io.footprint;

import java.util.List;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.footprint.UpstreamBreakdown;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The footprint's upstream breakdown as JSON (extension {@code upstreamContributions} of {@code
 * minecarbon/footprint@1}): top background processes and flows and one tree per upstream row, every
 * value in kg CO2e per t of product (tree values = the reference-unit tree × the row's scale).
 */
public final class UpstreamBreakdownJson {
  private UpstreamBreakdownJson() {}

  /**
   * {@code {"processes", "processesOmitted", "flows", "flowsOmitted", "trees"}}, lists cut at top.
   */
  public static ObjectNode write(UpstreamBreakdown b, double total, int top, double cutoff) {
    ObjectNode n = Nodes.object();
    n.put("cutoff", cutoff);
    parts(n.putArray("processes"), b.processes(), total, top, "flow");
    n.put("processesOmitted", Math.max(0, b.processes().size() - top));
    parts(n.putArray("flows"), b.flows(), total, top, "category");
    n.put("flowsOmitted", Math.max(0, b.flows().size() - top));
    ArrayNode trees = n.putArray("trees");
    for (UpstreamBreakdown.RowTree t : b.trees()) {
      ObjectNode o = trees.addObject();
      o.put("row", t.row());
      o.put("pointer", t.pointer());
      o.put("process", t.background().processId());
      o.put("name", t.background().processName());
      o.put("scale", t.scale());
      o.set("tree", node(t.tree(), t.scale()));
    }
    return n;
  }

  private static void parts(
      ArrayNode out, List<UpstreamBreakdown.Part> parts, double total, int top, String detail) {
    for (UpstreamBreakdown.Part p : parts.subList(0, Math.min(top, parts.size()))) {
      ObjectNode o = out.addObject();
      o.put("@id", p.id());
      o.put("name", p.name());
      o.put(detail, p.detail());
      o.put("kgCO2e_per_t", p.kgCo2ePerT());
      o.put("share", total == 0 ? 0 : p.kgCo2ePerT() / total);
    }
  }

  private static ObjectNode node(UpstreamNode n, double scale) {
    ObjectNode o = Nodes.object();
    o.put("process", n.processId());
    o.put("name", n.processName());
    o.put("requiredAmount", n.requiredAmount() * scale);
    o.put("total", n.total() * scale);
    o.put("direct", n.direct() * scale);
    o.put("share", n.share());
    o.put("truncated", n.truncated());
    ArrayNode children = o.putArray("children");
    n.children().forEach(c -> children.add(node(c, scale)));
    return o;
  }
}
