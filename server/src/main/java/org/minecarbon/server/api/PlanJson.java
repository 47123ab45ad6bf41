package org.minecarbon.server.api;

import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanVersion;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plans, versions and runs as JSON; a run's result is the plan result v1 as the CLI prints it. */
final class PlanJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PlanJson() {}

  /** A version's header (no document). */
  static ObjectNode summary(PlanVersion v) {
    ObjectNode o = F.objectNode();
    o.put("id", v.planId());
    o.put("enterpriseId", v.enterpriseId());
    o.put("version", v.version());
    o.put("name", v.name());
    o.put("author", v.author());
    o.put("createdAt", v.createdAt().toString());
    return o;
  }

  /** A version with its document. */
  static ObjectNode version(PlanVersion v) {
    ObjectNode o = summary(v);
    o.set("document", v.document());
    return o;
  }

  static ObjectNode job(PlanJob job, boolean withResult) {
    ObjectNode o = F.objectNode();
    o.put("id", job.id());
    o.put("enterpriseId", job.enterpriseId());
    o.put("planId", job.planId());
    o.put("version", job.version());
    o.put("state", job.state());
    o.put("progress", job.progress());
    o.put("startedBy", job.startedBy());
    o.put("createdAt", job.createdAt().toString());
    if (withResult) {
      if (job.result() == null) {
        o.putNull("result");
      } else {
        o.set("result", job.result());
        o.set("baseline", job.baseline());
      }
    }
    ArrayNode issues = o.putArray("issues");
    Problems.issues(job.issues()).forEach(m -> m.forEach(issues.addObject()::put));
    return o;
  }
}
