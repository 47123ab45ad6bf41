package org.minecarbon.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.text.Lang;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.Origin;

/** A product footprint for a terminal: headline, stages, origins, contributions (kgCO2e/t). */
public final class FootprintTable {
  private FootprintTable() {}

  public static List<String> render(Footprint f, Lang lang) {
    boolean zh = lang == Lang.ZH;
    List<String> out = new ArrayList<>();
    out.add(
        f.product()
            + " "
            + f.year()
            + ": "
            + Numbers.money(f.total())
            + " kgCO2e/t  ("
            + allocation(f, zh)
            + Numbers.plain(f.tonnes())
            + " t, GWP "
            + f.gwp().name()
            + ", "
            + f.factorSet()
            + (f.method() == null ? "" : ", " + f.method())
            + ")");
    out.add("");
    TextTable stages = new TextTable(List.of(zh ? "阶段" : "Stage", "kgCO2e/t"));
    for (Map.Entry<String, Double> e : f.byStage().entrySet()) {
      String label = Stage.fromCode(e.getKey()).map(s -> s.label(lang)).orElse(e.getKey());
      stages.add(List.of(label, Numbers.money(e.getValue())));
    }
    out.addAll(stages.lines());
    out.add("");
    TextTable origins = new TextTable(List.of(zh ? "来源" : "Origin", "kgCO2e/t"));
    for (Origin o : Origin.values()) {
      origins.add(List.of(o.code(), Numbers.money(f.byOrigin().get(o))));
    }
    out.addAll(origins.lines());
    out.add("");
    TextTable rows =
        new TextTable(
            List.of(zh ? "行" : "Row", zh ? "阶段" : "Stage", "kgCO2e/t", zh ? "背景过程" : "Background"),
            "LLRL");
    for (Contribution c : f.contributions()) {
      String background = c.background() == null ? "" : c.background().processName();
      rows.add(List.of(c.row(), c.stage().label(lang), Numbers.money(c.kgCo2ePerT()), background));
    }
    out.addAll(rows.lines());
    return out;
  }

  private static String allocation(Footprint f, boolean zh) {
    if (!zh) {
      return f.allocation().code() + " allocation, ";
    }
    return switch (f.allocation()) {
      case MASS -> "质量分配, ";
      case ECONOMIC -> "经济价值分配, ";
    };
  }
}
