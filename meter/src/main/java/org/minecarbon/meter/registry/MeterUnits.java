package org.minecarbon.meter.registry;

import java.util.Map;
import java.util.Optional;

/**
 * The row unit of a meter and the scale from its metered quantity to it: for a counter, row
 * quantity = Δregister × multiplier × scale; for a rate meter, row quantity = ∫ rate dt (t in
 * seconds) × scale. Gas volumes become 10^4 Nm3 (pure gas; conditions corrected separately).
 */
public final class MeterUnits {
  private MeterUnits() {}

  /** A row unit and the factor into it. */
  public record Scale(String rowUnit, double factor) {}

  private static final Map<String, Double> PER =
      Map.of("s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0);

  private static final Map<String, Scale> ENERGY =
      Map.of("kWh", new Scale("MWh", 1e-3), "MWh", new Scale("MWh", 1.0));

  private static final Map<String, Scale> HEAT =
      Map.of("GJ", new Scale("GJ", 1.0), "MJ", new Scale("GJ", 1e-3));

  private static final Map<String, Scale> FUEL =
      Map.of(
          "t",
          new Scale("t", 1.0),
          "kg",
          new Scale("kg", 1.0),
          "Nm3",
          new Scale("Nm3", 1.0),
          "10^4Nm3",
          new Scale("10^4Nm3", 1.0));

  private static final Map<String, Scale> GAS =
      Map.of(
          "m3",
          new Scale("10^4Nm3", 1e-4),
          "Nm3",
          new Scale("10^4Nm3", 1e-4),
          "10^4Nm3",
          new Scale("10^4Nm3", 1.0));

  /** The scale of a (non-virtual) meter; empty when its unit does not fit its kind and mode. */
  public static Optional<Scale> of(Meter m) {
    String u = m.readsPairs() ? m.flowUnit() : m.unit();
    if (u == null || m.mode() == null) {
      return Optional.empty();
    }
    Map<String, Scale> table = table(m.kind());
    if (m.mode() == Mode.COUNTER) {
      return Optional.ofNullable(table.get(u));
    }
    if (m.kind() == MeterKind.ELECTRICITY || m.kind() == MeterKind.ELECTRICITY_EXPORT) {
      // power: 1 kW for 1 s = 1/3600 kWh = 1/3.6e6 MWh
      if (u.equals("kW")) {
        return Optional.of(new Scale("MWh", 1.0 / 3.6e6));
      }
      if (u.equals("MW")) {
        return Optional.of(new Scale("MWh", 1.0 / 3600));
      }
    }
    int slash = u.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Scale base = table.get(u.substring(0, slash));
    Double per = PER.get(u.substring(slash + 1));
    return base == null || per == null
        ? Optional.empty()
        : Optional.of(new Scale(base.rowUnit(), base.factor() / per));
  }

  /** The row unit of a meter of {@code kind} whose own unit is unknown (virtual meters). */
  static Map<String, Scale> table(MeterKind kind) {
    return switch (kind) {
      case ELECTRICITY, ELECTRICITY_EXPORT -> ENERGY;
      case HEAT -> HEAT;
      case FUEL -> FUEL;
      default -> GAS;
    };
  }
}
