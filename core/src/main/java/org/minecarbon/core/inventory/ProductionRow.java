package org.minecarbon.core.inventory;

import org.minecarbon.core.unit.Quantity;

/** Output of a product in a period, the denominator of intensity. */
public record ProductionRow(RowMeta meta, String product, Quantity quantity) {}
