package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Unit;

/**
 * An emission row of the inventory ({@code activities[]}), one record type per {@link Source}.
 * Optional fields are null when absent, so a document round-trips unchanged. Codes such as fuel and
 * gas are kept as written and resolved during validation.
 */
public sealed interface ActivityRow
    permits ActivityRow.Fuel,
        ActivityRow.Carbonate,
        ActivityRow.Electricity,
        ActivityRow.Heat,
        ActivityRow.MineMethane,
        ActivityRow.MineCo2,
        ActivityRow.CoalMethane,
        ActivityRow.Flare,
        ActivityRow.Fugitive,
        ActivityRow.Measured,
        ActivityRow.MassBalance {

  RowMeta meta();

  Source source();

  /**
   * Fuel combustion: CO2 = FC × NCV × CC × OF × 44/12; overrides replace the defaults.
   *
   * @param ch4 CH4 volume fraction of coal-mine gas ({@code cmm}), from which its NCV follows
   */
  record Fuel(
      RowMeta meta,
      String fuel,
      Quantity quantity,
      @Nullable Double ncv,
      @Nullable Double carbonContent,
      @Nullable Double oxidation,
      @Nullable Double ch4)
      implements ActivityRow {
    public Fuel(
        RowMeta meta,
        String fuel,
        Quantity quantity,
        @Nullable Double ncv,
        @Nullable Double carbonContent,
        @Nullable Double oxidation) {
      this(meta, fuel, quantity, ncv, carbonContent, oxidation, null);
    }

    @Override
    public Source source() {
      return Source.FUEL;
    }
  }

  /** Carbonate decomposition: CO2 = AD × n × Σ(PUR × EF). */
  record Carbonate(
      RowMeta meta,
      Quantity quantity,
      Map<String, Double> carbonates,
      @Nullable Double decomposition,
      Map<String, Double> factors)
      implements ActivityRow {
    public Carbonate {
      carbonates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(carbonates));
      factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }

    @Override
    public Source source() {
      return Source.CARBONATE;
    }
  }

  /** Net purchased electricity: CO2 = (purchased − exported) × EF; may be negative. */
  record Electricity(
      RowMeta meta,
      Quantity quantity,
      @Nullable Quantity exported,
      @Nullable Double gridFactor,
      @Nullable String grid,
      @Nullable Integer gridYear)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.ELECTRICITY;
    }
  }

  /** Steam delivered: mass in t, specific enthalpy in kJ/kg. */
  record Steam(double mass, double enthalpy) {}

  /** Hot water delivered: mass in t, temperature in °C. */
  record HotWater(double mass, double temperature) {}

  /** Net purchased heat in GJ, or as steam or hot water; CO2 = GJ × EF (default 0.11). */
  record Heat(
      RowMeta meta,
      @Nullable Quantity quantity,
      @Nullable Quantity exported,
      @Nullable Steam steam,
      @Nullable HotWater hotWater,
      @Nullable Double factor)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.HEAT;
    }
  }

  /**
   * Underground coal-mine CH4: t = (vent + drain − flared − utilized) × 7.17, volumes of pure CH4.
   */
  record MineMethane(
      RowMeta meta,
      @Nullable Double ventilation,
      @Nullable Double drainage,
      @Nullable Double flared,
      @Nullable Double utilized,
      Unit unit)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.MINE_METHANE;
    }
  }

  /** Underground coal-mine CO2: t = (vent + drain − recovered) × density. */
  record MineCo2(
      RowMeta meta,
      @Nullable Double ventilation,
      @Nullable Double drainage,
      @Nullable Double recovered,
      Unit unit,
      @Nullable Double density)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.MINE_CO2;
    }
  }

  /**
   * Surface-mining or post-mining CH4 from raw coal output: t CH4 = output × EF (kg/t) / 1000.
   *
   * @param source {@link Source#SURFACE_METHANE} or {@link Source#POST_MINING_METHANE}
   */
  record CoalMethane(RowMeta meta, Source source, Quantity quantity, @Nullable Double factor)
      implements ActivityRow {
    public CoalMethane {
      Require.that(
          source == Source.SURFACE_METHANE || source == Source.POST_MINING_METHANE,
          () -> "not a coal-methane source: " + source);
    }
  }

  /** Flared mine gas: CO2 = Q × Σ(12 × CN × V × 10 / 22.4) × OF × 44/12. */
  record Flare(
      RowMeta meta,
      Quantity quantity,
      Map<String, Double> composition,
      @Nullable Double oxidation,
      @Nullable Boolean includeCo2)
      implements ActivityRow {
    public Flare {
      composition =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(composition));
    }

    /** A flare row that leaves the CO2 already in the gas to the mine-co2 drainage row. */
    public Flare(
        RowMeta meta,
        Quantity quantity,
        Map<String, Double> composition,
        @Nullable Double oxidation) {
      this(meta, quantity, composition, oxidation, null);
    }

    /** True when the CO2 already in the flared gas is counted here ({@code includeCo2: true}). */
    public boolean countsCo2InGas() {
      return Boolean.TRUE.equals(includeCo2);
    }

    @Override
    public Source source() {
      return Source.FLARE;
    }
  }

  /**
   * Any other fugitive release of a gas, in t; CO2e = mass × GWP.
   *
   * @param fossil for CH4: whether fossil-methane GWP applies (default true in a mine)
   */
  record Fugitive(RowMeta meta, String gas, Quantity quantity, @Nullable Boolean fossil)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.FUGITIVE;
    }
  }

  /** A directly measured (CEMS) emission of a gas, assigned to a balance column family. */
  record Measured(
      RowMeta meta, String gas, Quantity quantity, Category category, @Nullable Boolean fossil)
      implements ActivityRow {
    @Override
    public Source source() {
      return Source.MEASURED;
    }
  }

  /** One input or output stream of a mass balance. */
  record CarbonFlow(Quantity quantity, double carbonFraction) {}

  /** Mass balance: CO2 = (Σ in·C − Σ out·C) × 44/12. */
  record MassBalance(
      RowMeta meta, Category category, List<CarbonFlow> inputs, List<CarbonFlow> outputs)
      implements ActivityRow {
    public MassBalance {
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
    }

    @Override
    public Source source() {
      return Source.MASS_BALANCE;
    }
  }
}
