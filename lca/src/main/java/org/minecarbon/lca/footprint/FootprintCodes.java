package org.minecarbon.lca.footprint;

/** Stable issue codes of the mine footprint (contract §4). */
public final class FootprintCodes {
  private FootprintCodes() {}

  /** The product is in no production row of the inventory. */
  public static final String UNKNOWN_PRODUCT = "FOOTPRINT_UNKNOWN_PRODUCT";

  /** The product has production rows, but none in the requested year. */
  public static final String NO_PRODUCTION = "FOOTPRINT_NO_PRODUCTION";

  /** The product's tonnes in the year add up to zero: nothing to divide by. */
  public static final String ZERO_PRODUCTION = "FOOTPRINT_ZERO_PRODUCTION";

  /** A production row of the scope is not in a mass unit: no tonnes, no mass allocation. */
  public static final String NOT_MASS = "FOOTPRINT_NOT_MASS";

  /** Economic allocation and a co-product row without a {@code price}. */
  public static final String PRICE_MISSING = "FOOTPRINT_PRICE_MISSING";

  /** Economic allocation and the co-products of a site are worth nothing together. */
  public static final String ZERO_VALUE = "FOOTPRINT_ZERO_VALUE";

  /** The product is produced both by sites and by the enterprise as a whole in one year. */
  public static final String MIXED_SCOPE = "FOOTPRINT_MIXED_SCOPE";

  /** A link names a fuel, site, grid or material no row of the inventory has. */
  public static final String LINK_UNKNOWN_INPUT = "LINK_UNKNOWN_INPUT";

  /** A linked row's unit cannot be converted to the link's {@code per} unit. */
  public static final String LINK_UNIT_MISMATCH = "LINK_UNIT_MISMATCH";

  /** The background could not give the footprint of a linked process. */
  public static final String BACKGROUND_FAILED = "BACKGROUND_FAILED";

  /** Warning: a purchased material has no link, so it adds nothing to the footprint. */
  public static final String UNLINKED_MATERIAL = "FOOTPRINT_UNLINKED_MATERIAL";

  /** Warning: an enterprise-level removal is outside a footprint scoped to sites. */
  public static final String SINK_OUT_OF_SCOPE = "FOOTPRINT_SINK_OUT_OF_SCOPE";

  /** Warning: computed without a background, so the footprint has no upstream terms. */
  public static final String NO_UPSTREAM = "FOOTPRINT_NO_UPSTREAM";

  /** Warning: the upstream method's GWP set differs from the one of the direct terms. */
  public static final String GWP_MISMATCH = "FOOTPRINT_GWP_MISMATCH";
}
