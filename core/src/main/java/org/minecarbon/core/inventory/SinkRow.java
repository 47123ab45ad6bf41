package org.minecarbon.core.inventory;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.unit.Quantity;

/** A sink row of the inventory ({@code sinks[]}), one record type per {@link SinkType}. */
public sealed interface SinkRow
    permits SinkRow.Carbonation,
        SinkRow.Utilization,
        SinkRow.Storage,
        SinkRow.Vegetation,
        SinkRow.Allowance {

  RowMeta meta();

  SinkType sink();

  /** CO2 bound in carbonation products: P × Σ(PUR × EF). */
  record Carbonation(
      RowMeta meta, Quantity quantity, Map<String, Double> carbonates, Map<String, Double> factors)
      implements SinkRow {
    public Carbonation {
      carbonates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(carbonates));
      factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }

    @Override
    public SinkType sink() {
      return SinkType.CARBONATION;
    }
  }

  /** CO2 turned into products or used (chemical, mineralisation, enhanced recovery). */
  record Utilization(RowMeta meta, Quantity quantity) implements SinkRow {
    @Override
    public SinkType sink() {
      return SinkType.UTILIZATION;
    }
  }

  /** CCUS storage: captured − losses (transport, injection, leakage). */
  record Storage(RowMeta meta, Quantity captured, @Nullable Quantity losses) implements SinkRow {
    @Override
    public SinkType sink() {
      return SinkType.STORAGE;
    }
  }

  /** Vegetation: a stock-difference quantity (tCO2), or area × rate. */
  record Vegetation(
      RowMeta meta,
      @Nullable Quantity quantity,
      @Nullable Quantity area,
      @Nullable Double rate,
      @Nullable String landType)
      implements SinkRow {
    @Override
    public SinkType sink() {
      return SinkType.VEGETATION;
    }
  }

  /** Purchased allowances or credits: a market instrument, not a physical removal. */
  record Allowance(RowMeta meta, Quantity quantity, Instrument instrument) implements SinkRow {
    @Override
    public SinkType sink() {
      return SinkType.ALLOWANCE;
    }
  }
}
