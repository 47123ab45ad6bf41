package org.minecarbon.core.inventory.internal;

import static org.minecarbon.core.unit.Dimension.ENERGY;
import static org.minecarbon.core.unit.Dimension.GAS_VOLUME;
import static org.minecarbon.core.unit.Dimension.MASS;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GridResolver;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.unit.Dimension;

/** Semantic rules of emission rows (contract v1 §1.1). */
public final class ActivityChecks {
  private final Checks c;

  public ActivityChecks(Checks checks) {
    this.c = checks;
  }

  public void check(ActivityRow row) {
    String p = row.meta().pointer();
    switch (row) {
      case ActivityRow.Fuel r -> fuel(r, p);
      case ActivityRow.Carbonate r -> {
        c.quantity(r.quantity(), p + "/quantity", MASS);
        c.fraction(r.decomposition(), p + "/decomposition");
        carbonates(r.carbonates(), r.factors(), p);
      }
      case ActivityRow.Electricity r -> electricity(r, p);
      case ActivityRow.Heat r -> heat(r, p);
      case ActivityRow.MineMethane r -> {
        volumes(p, r.ventilation(), r.drainage(), "ventilation or drainage");
        c.number(r.flared(), p + "/flared");
        c.number(r.utilized(), p + "/utilized");
        balance(
            p, r.ventilation(), r.drainage(), sum(r.flared(), r.utilized()), "flared + utilized");
        unit(r.unit(), p);
      }
      case ActivityRow.MineCo2 r -> {
        volumes(p, r.ventilation(), r.drainage(), "ventilation or drainage");
        c.number(r.recovered(), p + "/recovered");
        c.number(r.density(), p + "/density");
        balance(p, r.ventilation(), r.drainage(), sum(r.recovered(), null), "recovered");
        unit(r.unit(), p);
      }
      case ActivityRow.CoalMethane r -> {
        c.quantity(r.quantity(), p + "/quantity", MASS);
        c.number(r.factor(), p + "/factor");
      }
      case ActivityRow.Flare r -> {
        c.quantity(r.quantity(), p + "/quantity", GAS_VOLUME);
        c.fraction(r.oxidation(), p + "/oxidation");
        if (r.composition().isEmpty()) {
          c.add(
              Issue.error(
                  Codes.REQUIRED,
                  p + "/composition",
                  "gas composition is required",
                  "",
                  "volume fractions such as {\"CH4\": 0.4}"));
        }
        c.composition(
            r.composition(), p + "/composition", Vocabulary.gasComponents(), Codes.UNKNOWN_CODE);
      }
      case ActivityRow.Fugitive r -> gas(r.gas(), r.quantity(), p);
      case ActivityRow.Measured r -> gas(r.gas(), r.quantity(), p);
      case ActivityRow.MassBalance r -> {
        if (r.inputs().isEmpty()) {
          c.add(
              Issue.error(
                  Codes.REQUIRED,
                  p + "/inputs",
                  "a mass balance needs inputs",
                  "",
                  "at least one input"));
        }
        flows(r.inputs(), p + "/inputs");
        flows(r.outputs(), p + "/outputs");
      }
    }
  }

  private void fuel(ActivityRow.Fuel r, String p) {
    var fuel =
        r.fuel() == null
            ? java.util.Optional.<CodeEntry>empty()
            : Vocabulary.fuels().find(r.fuel());
    if (r.fuel() == null) {
      c.quantity(r.quantity(), p + "/quantity", MASS, GAS_VOLUME);
    } else if (fuel.isEmpty()) {
      c.add(
          Issue.error(
              Codes.UNKNOWN_FUEL,
              p + "/fuel",
              "unknown fuel",
              r.fuel(),
              "one of "
                  + String.join(", ", Vocabulary.fuels().codes())
                  + " (or the Chinese name)"));
    } else {
      Dimension basis = fuel.get().attribute("basis").equals("gas-volume") ? GAS_VOLUME : MASS;
      c.quantity(r.quantity(), p + "/quantity", basis);
    }
    c.number(r.ncv(), p + "/ncv");
    c.number(r.carbonContent(), p + "/carbonContent");
    c.fraction(r.oxidation(), p + "/oxidation");
    c.fraction(r.ch4(), p + "/ch4");
    boolean cmm = fuel.isPresent() && fuel.get().code().equals("cmm");
    if (cmm && r.ch4() == null && r.ncv() == null) {
      c.add(
          Issue.error(
              Codes.REQUIRED,
              p + "/ch4",
              "coal-mine gas needs its CH4 volume fraction (or an ncv override)",
              "",
              "ch4 as a fraction, e.g. 0.35"));
    } else if (!cmm && r.ch4() != null && fuel.isPresent()) {
      c.add(
          Issue.warning(
              Codes.CONFLICTING_FIELDS, p + "/ch4", "ch4 applies to fuel cmm only; ignored"));
    }
  }

  private void electricity(ActivityRow.Electricity r, String p) {
    c.quantity(r.quantity(), p + "/quantity", ENERGY);
    c.quantity(r.exported(), p + "/exported", ENERGY);
    c.number(r.gridFactor(), p + "/gridFactor");
    if (r.gridFactor() != null && r.grid() != null) {
      c.add(
          Issue.warning(
              Codes.CONFLICTING_FIELDS,
              p + "/grid",
              "both gridFactor and grid given; the explicit gridFactor is used"));
    }
    if (r.gridFactor() != null && r.grid() != null && GridResolver.find(r.grid()).isEmpty()) {
      c.add(
          Issue.error(
              Codes.UNKNOWN_GRID,
              p + "/grid",
              "unknown grid",
              r.grid(),
              "national, a region (华北, 东北, 华东, 华中, 西北, 南方, 西南) or a province with "
                  + "published factors"));
    }
  }

  private void heat(ActivityRow.Heat r, String p) {
    int given =
        (r.quantity() != null ? 1 : 0)
            + (r.steam() != null ? 1 : 0)
            + (r.hotWater() != null ? 1 : 0);
    if (given == 0) {
      c.add(
          Issue.error(
              Codes.REQUIRED,
              p + "/quantity",
              "heat needs quantity (GJ), steam or hotWater",
              "",
              "one of quantity, steam, hotWater"));
    } else if (given > 1) {
      c.add(
          Issue.error(
              Codes.CONFLICTING_FIELDS,
              p,
              "give only one of quantity, steam, hotWater",
              "",
              "exactly one"));
    }
    c.quantity(r.quantity(), p + "/quantity", ENERGY);
    c.quantity(r.exported(), p + "/exported", ENERGY);
    c.number(r.factor(), p + "/factor");
    if (r.steam() != null) {
      c.number(r.steam().mass(), p + "/steam/mass");
      if (c.number(r.steam().enthalpy(), p + "/steam/enthalpy") && r.steam().enthalpy() < 83.74) {
        c.add(
            Issue.error(
                Codes.ENTHALPY_BELOW_REFERENCE,
                p + "/steam/enthalpy",
                "steam enthalpy below that of water at 20 °C",
                r.steam().enthalpy(),
                "≥ 83.74 kJ/kg"));
      }
    }
    if (r.hotWater() != null) {
      c.number(r.hotWater().mass(), p + "/hotWater/mass");
      if (c.number(r.hotWater().temperature(), p + "/hotWater/temperature")
          && r.hotWater().temperature() < 20) {
        c.add(
            Issue.error(
                Codes.TEMPERATURE_BELOW_REFERENCE,
                p + "/hotWater/temperature",
                "hot water below the 20 °C reference",
                r.hotWater().temperature(),
                "≥ 20 °C"));
      }
    }
  }

  private void volumes(String p, @Nullable Double a, @Nullable Double b, String what) {
    if (a == null && b == null) {
      c.add(Issue.error(Codes.REQUIRED, p + "/ventilation", what + " is required", "", what));
    }
    c.number(a, p + "/ventilation");
    c.number(b, p + "/drainage");
  }

  private void balance(
      String p, @Nullable Double vent, @Nullable Double drain, double out, String what) {
    double in = sum(vent, drain);
    if (Double.isFinite(in) && Double.isFinite(out) && out > in * (1 + 1e-12)) {
      c.add(
          Issue.error(
              Codes.METHANE_BALANCE_NEGATIVE,
              p,
              what + " exceeds ventilation + drainage",
              out,
              "≤ " + in));
    }
  }

  private void unit(org.minecarbon.core.unit.Unit unit, String p) {
    if (unit.dimension() != GAS_VOLUME) {
      c.add(
          Issue.error(
              Codes.WRONG_UNIT,
              p + "/unit",
              "volumes need a gas-volume unit",
              unit.symbol(),
              "10^4Nm3 or Nm3"));
    }
  }

  private void gas(@Nullable String gas, org.minecarbon.core.unit.@Nullable Quantity q, String p) {
    if (gas != null && GwpTable.standard().canonicalGas(gas).isEmpty()) {
      c.add(
          Issue.error(
              Codes.UNKNOWN_GAS,
              p + "/gas",
              "unknown gas",
              gas,
              "one of " + String.join(", ", GwpTable.standard().gases())));
    }
    c.quantity(q, p + "/quantity", MASS);
  }

  public void carbonates(Map<String, Double> carbonates, Map<String, Double> factors, String p) {
    if (carbonates.isEmpty()) {
      c.add(
          Issue.error(
              Codes.REQUIRED,
              p + "/carbonates",
              "carbonate composition is required",
              "",
              "mass fractions such as {\"CaCO3\": 0.8}"));
    }
    c.composition(carbonates, p + "/carbonates", Vocabulary.carbonates(), Codes.UNKNOWN_CARBONATE);
    for (Map.Entry<String, Double> e : factors.entrySet()) {
      c.number(e.getValue(), p + "/factors/" + Checks.escape(e.getKey()));
    }
  }

  private void flows(java.util.List<ActivityRow.CarbonFlow> flows, String p) {
    for (int i = 0; i < flows.size(); i++) {
      c.quantity(flows.get(i).quantity(), p + "/" + i + "/quantity", MASS);
      c.fraction(flows.get(i).carbonFraction(), p + "/" + i + "/carbonFraction");
    }
  }

  private static double sum(@Nullable Double a, @Nullable Double b) {
    return (a == null ? 0 : a) + (b == null ? 0 : b);
  }
}
