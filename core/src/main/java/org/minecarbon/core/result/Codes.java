package org.minecarbon.core.result;

/**
 * Stable issue codes. They are part of the public contract (CLI messages, HTTP problem types): add
 * new ones, never rename.
 */
public final class Codes {
  private Codes() {}

  // document structure
  public static final String INVALID_JSON = "INVALID_JSON";
  public static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";
  public static final String REQUIRED = "REQUIRED";
  public static final String WRONG_TYPE = "WRONG_TYPE";
  public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
  public static final String UNKNOWN_SOURCE = "UNKNOWN_SOURCE";
  public static final String UNKNOWN_SINK = "UNKNOWN_SINK";
  public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
  public static final String WRONG_UNIT = "WRONG_UNIT";
  public static final String UNKNOWN_FUEL = "UNKNOWN_FUEL";
  public static final String UNKNOWN_CARBONATE = "UNKNOWN_CARBONATE";
  public static final String UNKNOWN_GAS = "UNKNOWN_GAS";
  public static final String UNKNOWN_STAGE = "UNKNOWN_STAGE";
  public static final String UNKNOWN_SITE = "UNKNOWN_SITE";
  public static final String SITE_REQUIRED = "SITE_REQUIRED";
  public static final String DUPLICATE_ID = "DUPLICATE_ID";
  public static final String INVALID_PERIOD = "INVALID_PERIOD";
  public static final String NEGATIVE_QUANTITY = "NEGATIVE_QUANTITY";
  public static final String NOT_FINITE = "NOT_FINITE";

  /** A quantity above the plausible maximum of its dimension (a unit or typing error). */
  public static final String QUANTITY_IMPLAUSIBLE = "QUANTITY_IMPLAUSIBLE";

  /** A note or evidence text longer than one spreadsheet cell holds (32,767 characters). */
  public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";

  public static final String FRACTION_OUT_OF_RANGE = "FRACTION_OUT_OF_RANGE";
  public static final String FRACTIONS_EXCEED_ONE = "FRACTIONS_EXCEED_ONE";
  public static final String CONFLICTING_FIELDS = "CONFLICTING_FIELDS";
  public static final String INVALID_UNCERTAINTY = "INVALID_UNCERTAINTY";
  public static final String METHANE_BALANCE_NEGATIVE = "METHANE_BALANCE_NEGATIVE";
  public static final String LOSSES_EXCEED_CAPTURED = "LOSSES_EXCEED_CAPTURED";
  public static final String TEMPERATURE_BELOW_REFERENCE = "TEMPERATURE_BELOW_REFERENCE";
  public static final String ENTHALPY_BELOW_REFERENCE = "ENTHALPY_BELOW_REFERENCE";
  public static final String EMPTY_DOCUMENT = "EMPTY_DOCUMENT";
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

  // factors and settings
  public static final String UNKNOWN_FACTOR_SET = "UNKNOWN_FACTOR_SET";
  public static final String MISSING_FACTOR = "MISSING_FACTOR";
  public static final String UNKNOWN_GRID = "UNKNOWN_GRID";
  public static final String GAS_GRADE_REQUIRED = "GAS_GRADE_REQUIRED";
  public static final String UNKNOWN_GWP = "UNKNOWN_GWP";
  public static final String INVALID_FACTOR_FILE = "INVALID_FACTOR_FILE";

  // results
  public static final String NO_PRODUCTION = "NO_PRODUCTION";
  public static final String UNKNOWN_YEAR = "UNKNOWN_YEAR";
  public static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
  public static final String UNKNOWN_ROW = "UNKNOWN_ROW";

  /** A gas volume written without normal conditions (m3) is taken as Nm3; a warning. */
  public static final String VOLUME_CONDITIONS_ASSUMED = "VOLUME_CONDITIONS_ASSUMED";

  public static final String GRID_YEAR_FALLBACK = "GRID_YEAR_FALLBACK";
  public static final String UNCONFIRMED_FACTOR = "UNCONFIRMED_FACTOR";
  public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";
}
