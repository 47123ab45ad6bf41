package org.minecarbon.server.api;

import org.minecarbon.app.balance.UncertaintyJob;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.io.ResultWriters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job and its report as JSON; the report has the same shape as the CLI's {@code uncertainty
 * --format json} ({@code "format": "minecarbon/uncertainty@1"}, tCO2e).
 */
final class UncertaintyJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private UncertaintyJson() {}

  static ObjectNode job(UncertaintyJob job) {
    ObjectNode o = F.objectNode();
    o.put("id", job.id());
    o.put("enterpriseId", job.enterpriseId());
    o.put("state", job.state());
    o.put("progress", job.progress());
    o.put("iterations", job.iterations());
    o.put("seed", job.seed());
    if (job.report() == null) {
      o.putNull("report");
    } else {
      o.set("report", job.report());
    }
    ArrayNode issues = o.putArray("issues");
    Problems.issues(job.issues()).forEach(m -> m.forEach(issues.addObject()::put));
    return o;
  }

  static ObjectNode report(UncertaintyReport report) {
    return ResultWriters.uncertaintyTree(report);
  }
}
