package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import org.minecarbon.report.plan.MeasurePaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the plan pages show: measure rows with their catalogue citation, and the run's figures. */
final class PlanPageData {
  private static final Map<String, CatalogueEntry> CATALOGUE =
      MeasureCatalogue.builtIn().stream()
          .collect(Collectors.toMap(CatalogueEntry::id, Function.identity()));

  private static final String OTHER = MeasurePaths.PATHS.get(MeasurePaths.PATHS.size() - 1);

  private PlanPageData() {}

  /** A measure of the plan document, money in 万元. */
  record MeasureRow(
      String id,
      String name,
      String path,
      double capexWan,
      double opexWan,
      int lifetime,
      @Nullable Integer earliestYear,
      @Nullable CatalogueEntry catalogue,
      String source) {
    /**
     * The index of the path in {@link MeasurePaths#PATHS} (its message key); a path that is none of
     * them is "other".
     */
    public int pathIndex() {
      int i = MeasurePaths.PATHS.indexOf(path);
      return i < 0 ? MeasurePaths.PATHS.size() - 1 : i;
    }
  }

  /** An adopted measure with its MACC figures. */
  record Adopted(
      MeasureRow measure, int year, @Nullable Double abatement, @Nullable Double costPerTonne) {}

  /** A run's page: tables and the charts' JSON. */
  record Run(
      List<JsonNode> years,
      List<Adopted> adopted,
      List<JsonNode> macc,
      List<JsonNode> phases,
      List<JsonNode> violations,
      Map<String, String> names,
      List<JsonNode> scenarios,
      String chartJson) {}

  static List<MeasureRow> measures(JsonNode document) {
    List<MeasureRow> out = new ArrayList<>();
    for (JsonNode m : document.path("measures")) {
      JsonNode early = m.get("earliestYear");
      out.add(
          new MeasureRow(
              m.path("id").asString(""),
              m.path("name").asString(m.path("id").asString("")),
              MeasurePaths.of(m),
              m.path("capex").asDouble(0) / 10_000,
              m.path("opex").asDouble(0) / 10_000,
              m.path("lifetime").asInt(1),
              early == null || !early.isNumber() ? null : early.asInt(),
              CATALOGUE.get(m.path("catalogue").asString("")),
              m.path("source").asString("—")));
    }
    return out;
  }

  static Run of(PlanJob run, JsonNode document) {
    JsonNode r = run.result();
    Map<String, MeasureRow> rows = new LinkedHashMap<>();
    measures(document).forEach(m -> rows.put(m.id(), m));
    Map<String, JsonNode> macc = new HashMap<>();
    r.path("macc").forEach(m -> macc.put(m.path("measure").asString(""), m));
    List<Adopted> adopted = new ArrayList<>();
    for (JsonNode a : r.path("adopted")) {
      MeasureRow m = rows.get(a.path("measure").asString(""));
      JsonNode mc = macc.get(a.path("measure").asString(""));
      if (m != null) {
        adopted.add(
            new Adopted(
                m,
                a.path("year").asInt(),
                mc == null ? null : mc.path("abatement").asDouble(),
                mc == null || !mc.has("costPerTonne") ? null : mc.path("costPerTonne").asDouble()));
      }
    }
    Map<String, String> names = new HashMap<>();
    rows.values().forEach(m -> names.put(m.id(), m.name()));
    return new Run(
        list(r.path("years")),
        adopted,
        list(r.path("macc")),
        list(r.path("phases")),
        list(r.path("violations")),
        names,
        run.scenarios() == null ? List.of() : list(run.scenarios()),
        withPrices(chart(r, run.baseline(), adopted, names), run.scenarios()).toString());
  }

  /**
   * The charts' data: per year the baseline, the planned emissions, removals and allowances, and
   * the reduction (baseline − planned) split over the four paths: exactly from each active
   * measure's part when the result has it, else (results stored before session 6) in proportion to
   * the MACC abatement of the measures active that year.
   */
  private static ObjectNode chart(
      JsonNode r, @Nullable JsonNode baseline, List<Adopted> adopted, Map<String, String> names) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Map<Integer, Double> base = new HashMap<>();
    if (baseline != null) {
      baseline.forEach(b -> base.put(b.path("year").asInt(), b.path("emissions").asDouble()));
    }
    ArrayNode years = o.putArray("years");
    ArrayNode b = o.putArray("baseline");
    ArrayNode e = o.putArray("emissions");
    ArrayNode rem = o.putArray("removals");
    ArrayNode al = o.putArray("allowances");
    ObjectNode paths = o.putObject("paths");
    MeasurePaths.PATHS.forEach(p -> paths.putArray(p));
    for (JsonNode y : r.path("years")) {
      int year = y.path("year").asInt();
      double planned = y.path("emissions").path("total").asDouble();
      double baseE = base.getOrDefault(year, planned);
      years.add(year);
      b.add(baseE);
      e.add(planned);
      rem.add(y.path("removals").asDouble());
      al.add(y.path("allowances").asDouble());
      if (y.path("measures").isArray()) {
        Map<String, Double> exact = exactSplit(y.path("measures"), adopted);
        MeasurePaths.PATHS.forEach(p -> paths.withArray(p).add(exact.getOrDefault(p, 0.0)));
        continue;
      }
      Map<String, Double> share = new LinkedHashMap<>();
      double sum = 0;
      for (Adopted a : adopted) {
        if (a.year() <= year && a.abatement() != null && a.abatement() > 0) {
          String p = a.measure().path();
          share.merge(MeasurePaths.PATHS.contains(p) ? p : OTHER, a.abatement(), Double::sum);
          sum += a.abatement();
        }
      }
      double cut = Math.max(0, baseE - planned);
      for (String p : MeasurePaths.PATHS) {
        paths.withArray(p).add(sum > 0 ? cut * share.getOrDefault(p, 0.0) / sum : 0);
      }
    }
    ArrayNode macc = o.putArray("macc");
    for (JsonNode m : r.path("macc")) {
      if (m.has("costPerTonne")) {
        ObjectNode x = macc.addObject();
        x.put("name", names.getOrDefault(m.path("measure").asString(""), "?"));
        x.put("abatement", m.path("abatement").asDouble());
        x.put("costPerTonne", m.path("costPerTonne").asDouble());
      }
    }
    return o;
  }

  /**
   * The exact split (plan results since session 6): each active measure's own reduction that year
   * ({@code years[].measures}, the programme's coefficients), summed by the measure's path.
   */
  private static Map<String, Double> exactSplit(JsonNode parts, List<Adopted> adopted) {
    Map<String, String> pathOf = new HashMap<>();
    adopted.forEach(a -> pathOf.put(a.measure().id(), a.measure().path()));
    Map<String, Double> out = new LinkedHashMap<>();
    for (JsonNode c : parts) {
      String path = pathOf.getOrDefault(c.path("measure").asString(""), OTHER);
      // a measure without one of the four paths is drawn as "other", never dropped
      out.merge(
          MeasurePaths.PATHS.contains(path) ? path : OTHER,
          c.path("reduction").asDouble(),
          Double::sum);
    }
    return out;
  }

  /** The allowance price of each scenario in the MACC year: a line on the MACC chart. */
  private static ObjectNode withPrices(ObjectNode chart, @Nullable JsonNode scenarios) {
    ArrayNode prices = chart.putArray("prices");
    if (scenarios != null) {
      for (JsonNode s : scenarios) {
        ObjectNode p = prices.addObject();
        p.put("name", s.path("name").asString(""));
        p.put("price", s.path("price").asDouble());
      }
    }
    return chart;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
