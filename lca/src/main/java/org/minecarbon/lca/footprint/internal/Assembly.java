package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Issue;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.FootprintCodes;
import org.minecarbon.lca.footprint.Origin;
import org.minecarbon.lca.footprint.UpstreamFactor;

/**
 * Allocates parts to the product and divides by its tonnes: a part of site s contributes kg ×
 * share(s) ÷ tonnes. Parts outside the scope are dropped. Every figure is a sum of the same
 * per-part values, so total, stages, origins and contributions agree.
 */
public final class Assembly {
  /** The contract's byStage keys, always present; other stages follow when a row has them. */
  public static final List<Stage> STAGES =
      List.of(
          Stage.EXPLORATION,
          Stage.MINING,
          Stage.PROCESSING,
          Stage.TRANSPORT,
          Stage.RESTORATION,
          Stage.UNASSIGNED);

  final Map<String, Double> byStage = new LinkedHashMap<>();
  final Map<Origin, Double> byOrigin = new EnumMap<>(Origin.class);
  final List<Issue> warnings = new ArrayList<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  double total;

  Assembly() {
    STAGES.forEach(s -> byStage.put(s.code(), 0.0));
    for (Origin o : Origin.values()) {
      byOrigin.put(o, 0.0);
    }
  }

  void add(Part part, Scope scope) {
    OptionalDouble share = scope.share(part.site());
    if (share.isEmpty()) {
      if (part.origin() == Origin.REMOVALS && part.site().isEmpty()) {
        warnings.add(
            Issue.warning(
                FootprintCodes.SINK_OUT_OF_SCOPE,
                part.pointer(),
                "an enterprise-level removal is outside a footprint of the producing sites"));
      }
      return;
    }
    double perT = part.kg() * share.getAsDouble() / scope.tonnes();
    total += perT;
    byStage.merge(part.stage().code(), perT, Double::sum);
    byOrigin.merge(part.origin(), perT, Double::sum);
    Row row = rows.computeIfAbsent(part.pointer(), p -> new Row(part.row(), p, part.stage()));
    row.byOrigin.merge(part.origin(), perT, Double::sum);
    if (part.background() != null) {
      row.background = part.background();
    }
  }

  List<Contribution> contributions() {
    List<Contribution> list = new ArrayList<>();
    for (Row r : rows.values()) {
      double sum = r.byOrigin.values().stream().mapToDouble(Double::doubleValue).sum();
      list.add(new Contribution(r.label, r.pointer, r.stage, r.byOrigin, sum, r.background));
    }
    list.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.kgCo2ePerT())));
    return list;
  }

  private static final class Row {
    final String label;
    final String pointer;
    final Stage stage;
    final Map<Origin, Double> byOrigin = new EnumMap<>(Origin.class);
    @Nullable UpstreamFactor background;

    Row(String label, String pointer, Stage stage) {
      this.label = label;
      this.pointer = pointer;
      this.stage = stage;
    }
  }
}
