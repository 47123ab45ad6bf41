package org.minecarbon.io.lca;

import java.util.List;
import java.util.Locale;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contributions and the upstream tree as JSON (added to {@code minecarbon/lci@1} under {@code
 * contributions} and {@code upstreamTree}) and as plain-text tables.
 */
public final class ContributionWriter {
  private ContributionWriter() {}

  /** {@code {"indicator", "total", "byProcess": [...], "byFlow": [...]}}, each list cut at top. */
  public static ObjectNode contributions(
      String indicator,
      double total,
      List<ProcessContribution> byProcess,
      List<FlowContribution> byFlow,
      int top) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("indicator", indicator);
    n.put("total", total);
    ArrayNode processes = n.putArray("byProcess");
    for (ProcessContribution p : byProcess.subList(0, Math.min(top, byProcess.size()))) {
      ObjectNode row = processes.addObject();
      row.put("process", p.processId());
      row.put("flow", p.flowId());
      row.put("name", p.processName());
      row.put("amount", p.amount());
      row.put("share", p.share());
    }
    n.put("processesOmitted", Math.max(0, byProcess.size() - top));
    ArrayNode flows = n.putArray("byFlow");
    for (FlowContribution f : byFlow.subList(0, Math.min(top, byFlow.size()))) {
      ObjectNode row = flows.addObject();
      row.put("@id", f.flowId());
      row.put("name", f.name());
      row.put("category", f.category());
      row.put("amount", f.amount());
      row.put("share", f.share());
    }
    n.put("flowsOmitted", Math.max(0, byFlow.size() - top));
    return n;
  }

  /** The tree, recursively: process, flow, name, requiredAmount, scaling, total, direct, ... */
  public static ObjectNode tree(UpstreamNode node) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("process", node.processId());
    n.put("flow", node.flowId());
    n.put("name", node.processName());
    n.put("requiredAmount", node.requiredAmount());
    n.put("scaling", node.scaling());
    n.put("total", node.total());
    n.put("direct", node.direct());
    n.put("upstream", node.upstream());
    n.put("share", node.share());
    n.put("truncated", node.truncated());
    ArrayNode children = n.putArray("children");
    for (UpstreamNode c : node.children()) {
      children.add(tree(c));
    }
    return n;
  }

  /** Share, amount and name per row, largest first. */
  public static String table(
      List<ProcessContribution> byProcess, List<FlowContribution> byFlow, int top) {
    StringBuilder sb = new StringBuilder("contributions by process (direct)\n");
    for (ProcessContribution p : byProcess.subList(0, Math.min(top, byProcess.size()))) {
      sb.append(
          String.format(
              Locale.ROOT, "%8.2f %% %14.6g  %s%n", 100 * p.share(), p.amount(), p.processName()));
    }
    sb.append("contributions by flow\n");
    for (FlowContribution f : byFlow.subList(0, Math.min(top, byFlow.size()))) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%8.2f %% %14.6g  %s | %s%n",
              100 * f.share(),
              f.amount(),
              f.name(),
              f.category()));
    }
    return sb.toString();
  }

  /** The tree indented by depth: share, total, direct, name. */
  public static String treeTable(UpstreamNode root) {
    StringBuilder sb = new StringBuilder("upstream tree (share, total, direct)\n");
    appendNode(sb, root, 0);
    return sb.toString();
  }

  private static void appendNode(StringBuilder sb, UpstreamNode n, int depth) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%8.2f %% %14.6g %14.6g  %s%s%s%n",
            100 * n.share(),
            n.total(),
            n.direct(),
            "  ".repeat(depth),
            n.processName(),
            n.truncated() ? " …" : ""));
    for (UpstreamNode c : n.children()) {
      appendNode(sb, c, depth + 1);
    }
  }
}
