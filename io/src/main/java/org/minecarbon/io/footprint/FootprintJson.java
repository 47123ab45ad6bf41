package org.minecarbon.io.footprint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.io.result.BalanceJson;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.Origin;
import org.minecarbon.lca.footprint.UpstreamFactor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a footprint as {@code minecarbon/footprint@1}: the contract's fields in its order,
 * unrounded, then the extensions: {@code allocation.sites} (the per-site shares applied), {@code
 * pointer} and {@code byOrigin} on each contribution, {@code tonnes}, {@code gwp}, {@code
 * factorSet}, {@code method} (with a background) and {@code warnings} (when there are any).
 */
public final class FootprintJson {
  private FootprintJson() {}

  public static ObjectNode write(Footprint f) {
    ObjectNode root = Nodes.object();
    root.put("format", Footprint.FORMAT);
    root.put("year", f.year());
    root.put("product", f.product());
    root.put("unit", Footprint.UNIT);
    root.put("total", f.total());
    put(root.putObject("byStage"), f.byStage());
    ObjectNode origin = root.putObject("byOrigin");
    for (Origin o : Origin.values()) {
      origin.put(o.code(), f.byOrigin().get(o));
    }
    ObjectNode allocation = root.putObject("allocation");
    allocation.put("method", f.allocation().code());
    put(allocation.putObject("shares"), f.shares());
    ObjectNode sites = allocation.putObject("sites");
    f.siteShares().forEach((site, shares) -> put(sites.putObject(site), shares));
    ArrayNode contributions = root.putArray("contributions");
    f.contributions().forEach(c -> contributions.add(contribution(c)));
    root.put("tonnes", f.tonnes());
    root.put("gwp", f.gwp().name());
    root.put("factorSet", f.factorSet());
    Nodes.str(root, "method", f.method());
    if (!f.warnings().isEmpty()) {
      ArrayNode warnings = root.putArray("warnings");
      f.warnings().forEach(w -> warnings.add(BalanceJson.issue(w)));
    }
    return root;
  }

  public static void write(Footprint f, OutputStream out) throws IOException {
    JsonCodec.write(write(f), out);
  }

  private static ObjectNode contribution(Contribution c) {
    ObjectNode o = Nodes.object();
    o.put("row", c.row());
    o.put("stage", c.stage().code());
    o.put("kgCO2e_per_t", c.kgCo2ePerT());
    o.put("pointer", c.pointer());
    ObjectNode origins = o.putObject("byOrigin");
    for (Origin origin : Origin.values()) {
      Double v = c.byOrigin().get(origin);
      if (v != null) {
        origins.put(origin.code(), v);
      }
    }
    UpstreamFactor b = c.background();
    if (b != null) {
      ObjectNode bg = o.putObject("background");
      bg.put("@id", b.processId());
      bg.put("name", b.processName());
      bg.put("unit", b.unit());
      bg.put("kgCO2e_per_unit", b.kgCo2ePerUnit());
      bg.put("method", b.method());
    }
    return o;
  }

  private static void put(ObjectNode o, Map<String, Double> values) {
    values.forEach(o::put);
  }
}
