package org.minecarbon.lca.footprint;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Stage;

/**
 * One inventory row's share of the footprint.
 *
 * @param row the row's id, else its JSON Pointer
 * @param pointer the row's JSON Pointer
 * @param stage its life-cycle stage
 * @param byOrigin its allocated kg CO2e per t of product by origin (a fuel row has a direct and an
 *     upstream part)
 * @param kgCo2ePerT the sum of {@code byOrigin}
 * @param background the background process (id, name, factor) of the row's upstream part; null when
 *     the row has no upstream part
 */
public record Contribution(
    String row,
    String pointer,
    Stage stage,
    Map<Origin, Double> byOrigin,
    double kgCo2ePerT,
    @Nullable UpstreamFactor background) {
  public Contribution {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(stage, "stage");
    byOrigin = Map.copyOf(byOrigin);
  }

  /** A row without an upstream part. */
  public Contribution(
      String row, String pointer, Stage stage, Map<Origin, Double> byOrigin, double kgCo2ePerT) {
    this(row, pointer, stage, byOrigin, kgCo2ePerT, null);
  }
}
