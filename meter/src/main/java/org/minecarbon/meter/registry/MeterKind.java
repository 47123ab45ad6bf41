package org.minecarbon.meter.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.minecarbon.core.inventory.Source;

/**
 * What a meter measures (contract §1 {@code kind}): the activity it feeds and whether it is a gas
 * meter (pure-gas volume in 10^4 Nm3, combined per site) or a credit-side meter (conservative
 * substitution takes the lowest rate).
 */
public enum MeterKind {
  ELECTRICITY("electricity", Source.ELECTRICITY, false, false),
  ELECTRICITY_EXPORT("electricity-export", Source.ELECTRICITY, false, true),
  FUEL("fuel", Source.FUEL, false, false),
  HEAT("heat", Source.HEAT, false, false),
  VENTILATION_CH4("ventilation-ch4", Source.MINE_METHANE, true, false),
  DRAINAGE_CH4("drainage-ch4", Source.MINE_METHANE, true, false),
  FLARED_CH4("flared-ch4", Source.MINE_METHANE, true, true),
  UTILIZED_CH4("utilized-ch4", Source.MINE_METHANE, true, true),
  VENTILATION_CO2("ventilation-co2", Source.MINE_CO2, true, false),
  DRAINAGE_CO2("drainage-co2", Source.MINE_CO2, true, false);

  private final String code;
  private final Source source;
  private final boolean gas;
  private final boolean credit;

  MeterKind(String code, Source source, boolean gas, boolean credit) {
    this.code = code;
    this.source = source;
    this.gas = gas;
    this.credit = credit;
  }

  public String code() {
    return code;
  }

  /** The inventory source of the row this kind feeds. */
  public Source source() {
    return source;
  }

  /** A gas meter: its quantity is a pure-gas volume (10^4 Nm3), combined per site and source. */
  public boolean isGas() {
    return gas;
  }

  /**
   * A credit-side kind (utilisation, flaring, export): conservative substitution fills its gaps
   * with the lowest rate instead of the highest.
   */
  public boolean isCredit() {
    return credit;
  }

  public static Optional<MeterKind> fromCode(String text) {
    return Arrays.stream(values()).filter(k -> k.code.equals(text)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(MeterKind::code).toList();
  }
}
