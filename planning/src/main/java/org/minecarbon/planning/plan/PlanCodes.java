package org.minecarbon.planning.plan;

/** Stable issue codes of plan documents (contract §3). */
public final class PlanCodes {
  private PlanCodes() {}

  public static final String BASE_YEAR_NOT_IN_INVENTORY = "BASE_YEAR_NOT_IN_INVENTORY";
  public static final String HORIZON_INVALID = "HORIZON_INVALID";
  public static final String PATH_NOT_SORTED = "PATH_NOT_SORTED";
  public static final String EXPORT_ABOVE_ELECTRICITY = "EXPORT_ABOVE_ELECTRICITY";
  public static final String TARGET_OUTSIDE_HORIZON = "TARGET_OUTSIDE_HORIZON";
  public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
  public static final String DUPLICATE_MEASURE = "DUPLICATE_MEASURE";
  public static final String UNKNOWN_MEASURE = "UNKNOWN_MEASURE";
  public static final String REQUIRES_CYCLE = "REQUIRES_CYCLE";
  public static final String EARLIEST_OUTSIDE_HORIZON = "EARLIEST_OUTSIDE_HORIZON";
  public static final String SELECT_MATCHES_NOTHING = "SELECT_MATCHES_NOTHING";
  public static final String FRACTIONS_EXCEED_ONE = "FRACTIONS_EXCEED_ONE";
  public static final String SUBSTITUTE_SOURCE = "SUBSTITUTE_SOURCE";
  public static final String SUBSTITUTE_UNIT = "SUBSTITUTE_UNIT";
  public static final String GRID_FACTOR_AMBIGUOUS = "GRID_FACTOR_AMBIGUOUS";
  public static final String NO_GRID_FACTOR = "NO_GRID_FACTOR";
  public static final String UNKNOWN_SITE = "UNKNOWN_SITE";
  public static final String NO_ELECTRICITY_SITE = "NO_ELECTRICITY_SITE";
  public static final String UNKNOWN_FUEL_PRICE = "UNKNOWN_FUEL_PRICE";
  public static final String SOLVER_FAILED = "SOLVER_FAILED";
}
