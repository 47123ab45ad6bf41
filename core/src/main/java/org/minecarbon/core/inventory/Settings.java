package org.minecarbon.core.inventory;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.GwpSet;

/**
 * Calculation settings as written in the document; absent values take the contract defaults.
 *
 * @param gwp GWP set, or null for the default
 * @param factorSet factor set id, or null for {@link FactorLibrary#DEFAULT_SET}
 * @param gridDefault grid of electricity rows without grid or gridFactor, or null for national
 */
public record Settings(
    @Nullable GwpSet gwp, @Nullable String factorSet, @Nullable GridDefault gridDefault) {
  public static final Settings DEFAULT = new Settings(null, null, null);

  public Settings(@Nullable GwpSet gwp, @Nullable String factorSet) {
    this(gwp, factorSet, null);
  }

  public GridDefault effectiveGridDefault() {
    return gridDefault == null ? GridDefault.NATIONAL : gridDefault;
  }

  public String effectiveFactorSet() {
    return factorSet == null ? FactorLibrary.DEFAULT_SET : factorSet;
  }

  /** SAR for CN-2015 (the 2014/2015 Chinese guidelines use CH4 = 21), otherwise AR6. */
  public GwpSet effectiveGwp() {
    if (gwp != null) {
      return gwp;
    }
    return effectiveFactorSet().startsWith("CN-2015") ? GwpSet.SAR : GwpSet.AR6;
  }

  /** The same settings with command-line overrides applied (null keeps the document's value). */
  public Settings override(@Nullable GwpSet gwpOverride, @Nullable String factorSetOverride) {
    return new Settings(
        gwpOverride != null ? gwpOverride : gwp,
        factorSetOverride != null ? factorSetOverride : factorSet,
        gridDefault);
  }
}
