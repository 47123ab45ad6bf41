package org.minecarbon.io.result;

import java.util.Map;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.uncertainty.Approach1;
import org.minecarbon.core.uncertainty.InputUncertainty;
import org.minecarbon.core.uncertainty.Stats;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.core.uncertainty.YearUncertainty;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The uncertainty report as JSON ({@code "format": "minecarbon/uncertainty@1"}, tCO2e): per year
 * and series the nominal value, mean, median, sd, 2.5/97.5 % and the Approach 1 spread, plus the
 * inputs assumed. Shared by the CLI and the HTTP API.
 */
public final class UncertaintyJson {
  public static final String FORMAT = "minecarbon/uncertainty@1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private UncertaintyJson() {}

  public static ObjectNode write(UncertaintyReport report) {
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

  private static ObjectNode stats(Stats s, Approach1.@org.jspecify.annotations.Nullable Spread a1) {
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
