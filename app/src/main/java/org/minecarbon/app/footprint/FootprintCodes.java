package org.minecarbon.app.footprint;

/** Stable issue codes of the footprint use cases (beyond lca's and io's own). */
public final class FootprintCodes {
  /** The year is outside 1900–2200. */
  public static final String YEAR_OUT_OF_RANGE = "FOOTPRINT_YEAR_OUT_OF_RANGE";

  /** No product given. */
  public static final String PRODUCT_REQUIRED = "FOOTPRINT_PRODUCT_REQUIRED";

  /** The characterisation method is not one the engine knows. */
  public static final String UNKNOWN_METHOD = "FOOTPRINT_UNKNOWN_METHOD";

  /** The allocation is neither mass nor economic. */
  public static final String UNKNOWN_ALLOCATION = "FOOTPRINT_UNKNOWN_ALLOCATION";

  /** A database still used by some enterprise's links. */
  public static final String DATABASE_IN_USE = "LCA_DATABASE_IN_USE";

  /** An uploaded database that is empty or not a zip. */
  public static final String DATABASE_NOT_ZIP = "LCA_DATABASE_NOT_ZIP";

  /** The links name a database of the group that does not exist. */
  public static final String UNKNOWN_DATABASE = "LCA_UNKNOWN_DATABASE";

  /** A process result's amount that is not a finite number other than 0. */
  public static final String INVALID_AMOUNT = "LCA_INVALID_AMOUNT";

  /** A process result's option (top, depth, page, export format) out of range. */
  public static final String INVALID_OPTION = "LCA_INVALID_OPTION";

  private FootprintCodes() {}
}
