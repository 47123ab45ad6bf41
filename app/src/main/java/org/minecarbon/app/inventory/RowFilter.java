package org.minecarbon.app.inventory;

import org.jspecify.annotations.Nullable;
import org.minecarbon.store.inventory.RowKind;

/** Which rows to list; null fields match everything. */
public record RowFilter(
    @Nullable RowKind kind,
    @Nullable Integer year,
    @Nullable Integer month,
    @Nullable String site) {
  public static final RowFilter ALL = new RowFilter(null, null, null, null);
}
