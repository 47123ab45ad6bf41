package org.minecarbon.planning.plan;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.SinkType;

/** What an active measure does to the scaled baseline each year (contract §1.3). */
public sealed interface Effect {
  /** JSON Pointer of the effect ({@code /measures/3/effects/0}). */
  String pointer();

  /** Matching rows' quantities fall by fraction × baseline (exported electricity/heat kept). */
  record Reduce(Select select, double fraction, String pointer) implements Effect {}

  /** As reduce, and adds {@code perUnit} × the removed quantity of the {@code to} activity. */
  record Substitute(Select select, double fraction, Replacement to, String pointer)
      implements Effect {}

  /**
   * The new activity of a substitution.
   *
   * @param source {@code electricity} or {@code fuel}
   * @param fuel the fuel code when {@code source} is fuel (canonical)
   * @param unit new unit per matched row's unit, e.g. {@code MWh/t}
   */
  record Replacement(String source, @Nullable String fuel, double perUnit, String unit) {
    public String numerator() {
      return unit.substring(0, unit.indexOf('/'));
    }

    public String denominator() {
      return unit.substring(unit.indexOf('/') + 1);
    }
  }

  /** Destroys a fraction of a mine-methane row's emitted CH4 (flare, oxidation, power, heat). */
  record Methane(Select select, double fraction, Component component, Use use, String pointer)
      implements Effect {}

  /** Which emitted volume a methane effect destroys. */
  enum Component {
    VENTILATION,
    DRAINAGE,
    BOTH
  }

  /** How destroyed methane is used: flare/oxidation → fugitive CO2, power/heat → fuel CO2. */
  enum Use {
    FLARE,
    OXIDATION,
    POWER,
    HEAT;

    public boolean toFuel() {
      return this == POWER || this == HEAT;
    }
  }

  /** On-site renewable power, MWh/yr, lowering the site's net purchase. */
  record Generate(double quantity, @Nullable String site, String pointer) implements Effect {}

  /** An activity row added in every active year, not scaled by production. */
  record Add(ActivityRow row, String pointer) implements Effect {}

  /** A sink of {@code quantity} tCO2/yr. */
  record Sink(SinkType sink, double quantity, String pointer) implements Effect {}
}
