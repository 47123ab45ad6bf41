package org.minecarbon.io.workbook.internal;

import java.util.Map;

/** English descriptions (with units) of the template's columns and enterprise keys. */
final class ColumnDocs {
  private ColumnDocs() {}

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("id", "Your key for the row, echoed in errors and traces (optional)"),
          Map.entry("period", "Reporting period: YYYY or YYYY-MM (monthly rows roll up)"),
          Map.entry("site", "Site id from sheet sites; optional when there is one site"),
          Map.entry("stage", "Life-cycle stage (default unassigned)"),
          Map.entry("source", "Emission source; decides which columns the row uses"),
          Map.entry("sink", "Sink type; decides which columns the row uses"),
          Map.entry("fuel", "Fuel code or Chinese name (source fuel)"),
          Map.entry("gas", "Gas (source fugitive, measured)"),
          Map.entry("category", "Balance column family (measured, mass-balance)"),
          Map.entry("quantity", "Amount in the row's unit"),
          Map.entry("exported", "Exported amount in the row's unit (electricity, heat)"),
          Map.entry("unit", "Unit of quantity/exported/captured/losses"),
          Map.entry("ncv", "Override: net calorific value, GJ/t or GJ/10^4Nm3"),
          Map.entry("carbonContent", "Override: carbon content, tC/GJ"),
          Map.entry("oxidation", "Override: oxidation fraction (0-1)"),
          Map.entry("ch4", "CH4 volume fraction of coal-mine gas (fuel cmm, 0-1)"),
          Map.entry("carbonates", "Mass fractions, e.g. CaCO3=0.8; MgCO3=0.05"),
          Map.entry("decomposition", "Decomposition fraction (0-1, default 1)"),
          Map.entry("factors", "Override tCO2/t per carbonate, e.g. CaCO3=0.44"),
          Map.entry("gridFactor", "Grid emission factor, tCO2/MWh (instead of grid)"),
          Map.entry("grid", "Grid name (default: settings gridDefault, national)"),
          Map.entry("gridYear", "Year of the grid factor (default latest <= row year)"),
          Map.entry("steam.mass", "Steam mass, t"),
          Map.entry("steam.enthalpy", "Steam specific enthalpy, kJ/kg"),
          Map.entry("hotWater.mass", "Hot water mass, t"),
          Map.entry("hotWater.temperature", "Hot water temperature, °C"),
          Map.entry("factor", "Override: heat tCO2/GJ, or coal methane kg CH4/t"),
          Map.entry("ventilation", "Ventilation air volume of pure gas (mine-methane, mine-co2)"),
          Map.entry("drainage", "Drained volume of pure gas"),
          Map.entry("flared", "Pure CH4 flared (mine-methane)"),
          Map.entry("utilized", "Pure CH4 utilized (mine-methane)"),
          Map.entry("recovered", "Pure CO2 recovered (mine-co2)"),
          Map.entry("density", "CO2 density, t/10^4Nm3 (default 19.77)"),
          Map.entry("composition", "Gas volume fractions, e.g. CH4=0.40"),
          Map.entry("includeCo2", "true: count the CO2 already in the flared gas (flare)"),
          Map.entry("fossil", "true/false: fossil origin (CH4 GWP under AR6)"),
          Map.entry("inputs", "Mass balance inputs: 100 t @ 0.8; 50 t @ 0.02 (carbon fraction)"),
          Map.entry("outputs", "Mass balance outputs, same form as inputs"),
          Map.entry("uncertainty", "Optional: normal:5, lognormal:50:100, triangular:-20:0:30"),
          Map.entry("note", "Free text"),
          Map.entry("evidence", "Free text: invoice number, meter id"),
          Map.entry("captured", "CO2 captured, in unit (storage)"),
          Map.entry("losses", "CO2 lost in transport/injection/leakage (storage)"),
          Map.entry("area", "Vegetated area (vegetation)"),
          Map.entry("areaUnit", "Unit of area (default ha)"),
          Map.entry("rate", "Sequestration rate, tCO2/ha/yr"),
          Map.entry("landType", "Land type (forest, grassland…)"),
          Map.entry("instrument", "Allowance instrument"),
          Map.entry("product", "Product name, e.g. raw-coal (intensity denominator)"),
          Map.entry("name", "Name"),
          Map.entry("mineType", "How the site is mined"),
          Map.entry("commodity", "Commodity mined, e.g. coal"),
          Map.entry("province", "Province"),
          Map.entry("gasGrade", "Coal mine gas grade"),
          Map.entry("format", "Document format; keep minecarbon/inventory@1"),
          Map.entry("creditCode", "Unified social credit code"),
          Map.entry("industry", "Industry"),
          Map.entry("gwp", "GWP set (default SAR for CN-2015, else AR6)"),
          Map.entry("factorSet", "Default factor set (default CN-2015)"),
          Map.entry(
              "gridDefault", "Grid of rows without grid: national (default), region, province"),
          Map.entry("key", "Field"),
          Map.entry("value", "Value"));

  static String en(String name) {
    return EN.getOrDefault(name, "");
  }
}
