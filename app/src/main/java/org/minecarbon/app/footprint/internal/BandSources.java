package org.minecarbon.app.footprint.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.footprint.FootprintUncertainty;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.Uncertainty;
import org.minecarbon.lca.result.Matrices;
import org.minecarbon.lca.uncertainty.Simulation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a footprint's band sampled, counted from the run itself: the linked background processes and
 * the processes of their systems, their exchanges with a distribution by kind (those with a formula
 * keep their evaluated amount, as {@code MonteCarlo} does), the foreground rows (none of which has
 * a distribution), and the part of the total that is uncertain — the upstream parts U_r of rows
 * linked to a background process — against the certain rest. A band is narrow when its 90 % width
 * (P95 − P5) is below {@value #NARROW} of |P50|.
 */
final class BandSources {
  static final double NARROW = 0.1;

  private BandSources() {}

  static ObjectNode of(
      JsonNode result, LcaEngine engine, Map<String, Simulation> sims, FootprintUncertainty band) {
    Set<String> backgrounds = new LinkedHashSet<>();
    int rows = 0;
    int linked = 0;
    double uncertain = 0;
    for (JsonNode c : result.path("contributions")) {
      rows++;
      if (c.has("background") && c.path("byOrigin").has("upstream")) {
        backgrounds.add(c.path("background").path("@id").asString());
        linked++;
        uncertain += c.path("byOrigin").path("upstream").asDouble();
      }
    }
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("backgroundProcesses", backgrounds.size());
    exchanges(n, engine, backgrounds);
    n.put("foregroundRows", rows);
    n.put("foregroundWithDistribution", 0);
    n.put("linkedRows", linked);
    double total = result.path("total").asDouble();
    n.put("uncertain", uncertain);
    n.put("certain", total - uncertain);
    if (total > 0) {
      n.put("uncertainShare", uncertain / total);
    }
    n.put("backgroundWidth", backgroundWidth(sims));
    FootprintUncertainty.Band t = band.total();
    if (t.p50() != 0) {
      double width = (t.p95() - t.p5()) / Math.abs(t.p50());
      n.put("relativeWidth", width);
      n.put("narrow", width < NARROW);
    }
    return n;
  }

  /** The exchanges of every process in the linked systems of the background processes. */
  private static void exchanges(ObjectNode n, LcaEngine engine, Set<String> backgrounds) {
    Set<String> system = new LinkedHashSet<>();
    for (String id : backgrounds) {
      if (engine.matrices(id, 1, LinkOptions.defaults()) instanceof Result.Ok<Matrices> m) {
        system.addAll(m.value().system().links().keySet());
      }
    }
    long all = 0;
    long formula = 0;
    long pedigreeOnly = 0;
    Map<String, Long> kinds = new LinkedHashMap<>();
    for (String k : new String[] {"logNormal", "normal", "triangle", "uniform"}) {
      kinds.put(k, 0L);
    }
    for (String id : system) {
      Process p = engine.library().processes().get(id);
      for (Exchange e : p.exchanges()) {
        all++;
        Uncertainty u = e.uncertainty();
        if (u == null && e.pedigree() != null) {
          pedigreeOnly++;
        }
        if (u != null && !e.formula().isBlank()) {
          formula++;
        } else if (u != null) {
          kinds.merge(kind(u), 1L, Long::sum);
        }
      }
    }
    n.put("systemProcesses", system.size());
    n.put("exchanges", all);
    n.put("sampled", kinds.values().stream().mapToLong(Long::longValue).sum());
    ObjectNode byKind = n.putObject("byKind");
    kinds.forEach(byKind::put);
    n.put("formulaKept", formula);
    n.put("pedigreeOnly", pedigreeOnly);
  }

  private static String kind(Uncertainty u) {
    return switch (u) {
      case Uncertainty.LogNormal l -> "logNormal";
      case Uncertainty.Normal x -> "normal";
      case Uncertainty.Triangle t -> "triangle";
      case Uncertainty.Uniform x -> "uniform";
    };
  }

  /** The widest 90 % band of a background process relative to its deterministic result. */
  private static double backgroundWidth(Map<String, Simulation> sims) {
    double widest = 0;
    for (Simulation s : sims.values()) {
      if (s.deterministic() == 0) {
        continue;
      }
      double[] v = s.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double w = (quantile(v, 0.95) - quantile(v, 0.05)) / Math.abs(s.deterministic());
      widest = Math.max(widest, w);
    }
    return widest;
  }

  /** Type 7, as the band's own quantiles. */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
