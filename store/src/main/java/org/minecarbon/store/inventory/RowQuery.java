package org.minecarbon.store.inventory;

import org.jspecify.annotations.Nullable;

/** Filter for listing rows; null fields match everything. */
public record RowQuery(
    @Nullable RowKind kind,
    @Nullable Integer year,
    @Nullable Integer month,
    @Nullable String site) {
  public static final RowQuery ALL = new RowQuery(null, null, null, null);

  public static RowQuery of(RowKind kind) {
    return new RowQuery(kind, null, null, null);
  }
}
