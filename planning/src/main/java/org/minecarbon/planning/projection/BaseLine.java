package org.minecarbon.planning.projection;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.inventory.ActivityRow;

/**
 * One base-year activity row with the engine's line and the per-unit figures the effects need.
 *
 * @param column index into {@link Column#EMISSIONS}
 * @param reducible tCO2e of the row's reducible part (every term except exported electricity/heat)
 * @param purchased purchased MWh of an electricity row (0 otherwise)
 * @param ef the row's base-year grid factor, tCO2/MWh (electricity rows)
 * @param fuelCode canonical fuel code of a fuel row
 * @param fc fuel quantity in {@code fcUnit} ({@code t} or {@code 10^4Nm3})
 * @param ventCh4 t CH4 of the ventilation component of a mine-methane row
 * @param drainCh4 t CH4 of drainage − flared − utilized of a mine-methane row
 */
record BaseLine(
    ActivityRow row,
    CalcLine line,
    int column,
    double reducible,
    double purchased,
    double ef,
    @Nullable String fuelCode,
    double fc,
    String fcUnit,
    double ventCh4,
    double drainCh4) {

  static BaseLine of(ActivityRow row, CalcLine line) {
    double reducible = 0;
    double purchased = 0;
    double fc = 0;
    String fcUnit = "";
    double vent = 0;
    double drain = 0;
    String fuelCode = null;
    for (Term t : line.terms()) {
      double v = t.value(line.factors());
      if (!t.label().equals("exported")) {
        reducible += v * line.gwp();
      }
      if (t.label().equals("purchased")) {
        purchased = t.activity();
      }
      if (t.label().equals("ventilation")) {
        vent += v;
      } else if (line.source().equals("mine-methane")) {
        drain += v;
      }
      if (line.source().equals("fuel")) {
        fuelCode = t.label();
        fc = t.activity();
        fcUnit = t.activityUnit();
      }
    }
    boolean elec = line.source().equals("electricity");
    double ef = elec ? line.factors().get(0).factor().value() : 0;
    return new BaseLine(
        row,
        line,
        Column.EMISSIONS.indexOf(line.column()),
        reducible,
        elec ? purchased : 0,
        ef,
        fuelCode,
        fc,
        fcUnit,
        vent,
        drain);
  }

  boolean isElectricity() {
    return line.source().equals("electricity");
  }

  boolean isMineMethane() {
    return line.source().equals("mine-methane");
  }

  String site() {
    return line.site();
  }

  String stage() {
    return line.stage().code();
  }
}
