package org.minecarbon.meter.rows;

import java.util.List;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.result.Require;

/**
 * A monthly activity row made from meters (contract §3).
 *
 * @param row the inventory v1 row; its id is {@code meter:<id>:<YYYY-MM>} or {@code
 *     meter:site:<site>:<source>:<YYYY-MM>}
 * @param completeness 0–1 (the lowest completeness of its meters in the month)
 * @param estimated the part of the quantity (row unit) from gaps, bridged or substituted
 * @param meters the meters it is made of, sorted
 */
public record MeterRow(
    ActivityRow row, double completeness, double estimated, List<String> meters) {
  public MeterRow {
    meters = List.copyOf(meters);
    Require.that(completeness >= 0 && completeness <= 1, () -> "completeness " + completeness);
  }

  public String id() {
    return java.util.Objects.requireNonNull(row.meta().id());
  }
}
