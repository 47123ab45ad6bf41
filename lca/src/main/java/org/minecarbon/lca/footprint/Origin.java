package org.minecarbon.lca.footprint;

import java.util.Locale;

/** Where a footprint term comes from (the {@code byOrigin} keys of contract §4). */
public enum Origin {
  /** Every emission column of the balance except purchased electricity and heat. */
  DIRECT,
  /** Purchased electricity and heat (balance columns {@code electricity}, {@code heat}). */
  ELECTRICITY,
  /** The background footprint of linked purchased inputs. */
  UPSTREAM,
  /** Physical removals (carbonation, utilization, storage, vegetation), negative. */
  REMOVALS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
