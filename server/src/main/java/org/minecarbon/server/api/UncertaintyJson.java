package org.minecarbon.server.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.uncertainty.Approach1;
import org.minecarbon.core.uncertainty.InputUncertainty;
import org.minecarbon.core.uncertainty.Stats;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.core.uncertainty.YearUncertainty;
import org.minecarbon.server.app.UncertaintyJob;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job and its report as JSON; the report has the same shape as the CLI's {@code uncertainty
 * --format json} ({@code "format": "minecarbon/uncertainty@1"}, tCO2e).
 */
final class UncertaintyJson {
  static final String FORMAT = "minecarbon/uncertainty@1";
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
    UncertaintyReport report = job.report();
    if (report == null) {
      o.putNull("report");
    } else {
      o.set("report", report(report));
    }
    ArrayNode issues = o.putArray("issues");
    Problems.issues(job.issues()).forEach(m -> m.forEach(issues.addObject()::put));
    return o;
  }

  static ObjectNode report(UncertaintyReport report) {
    ObjectNode root = F.objectNode();
    root.put("format", FORMAT);
    root.put("unit", "tCO2e");
    root.put("iterations", report.iterations());
    root.put("seed", report.seed());
    ArrayNode years = root.putArray("years");
    for (YearUncertainty y : report.years()) {
      years.add(year(y));
    }
    ArrayNode inputs = root.putArray("inputs");
    for (InputUncertainty i : report.inputs()) {
      inputs
          .addObject()
          .put("subject", i.subject())
          .put("kind", i.kind())
          .put("distribution", i.distribution())
          .put("source", i.source());
    }
    return root;
  }

  private static ObjectNode year(YearUncertainty y) {
    ObjectNode o = F.objectNode();
    o.put("year", y.year());
    ObjectNode columns = o.putObject("columns");
    Approach1 a1 = y.approach1();
    for (Map.Entry<Column, Stats> e : y.columns().entrySet()) {
      columns.set(e.getKey().code(), stats(e.getValue(), a1.columns().get(e.getKey())));
    }
    o.set("emissions", stats(y.emissions(), a1.emissions()));
    o.set("sinks", stats(y.sinks(), a1.sinks()));
    o.set("net", stats(y.net(), a1.net()));
    return o;
  }

  private static ObjectNode stats(Stats s, Approach1.@Nullable Spread a1) {
    ObjectNode o = F.objectNode();
    o.put("nominal", s.nominal());
    o.put("mean", s.mean());
    o.put("median", s.median());
    o.put("sd", s.sd());
    o.put("p025", s.p025());
    o.put("p975", s.p975());
    if (a1 != null) {
      o.put("approach1HalfWidth", a1.halfWidth());
    }
    return o;
  }
}
