package org.minecarbon.lca.link;

import java.util.Set;
import org.minecarbon.lca.model.AllocationMethod;

/**
 * How a product system is built: {@code prefer} lists process @ids chosen first whenever they
 * provide a flow (CLI {@code --prefer}); {@code allocation} is the system-wide allocation method;
 * {@code ties} breaks the remaining provider ties (CLI {@code --provider-ties}).
 */
public record LinkOptions(Set<String> prefer, AllocationMethod allocation, ProviderTies ties) {
  public LinkOptions {
    prefer = Set.copyOf(prefer);
  }

  /** Options with the contract's tie rule. */
  public LinkOptions(Set<String> prefer, AllocationMethod allocation) {
    this(prefer, allocation, ProviderTies.byName());
  }

  public static LinkOptions defaults() {
    return new LinkOptions(Set.of(), AllocationMethod.USE_DEFAULT);
  }

  public LinkOptions withTies(ProviderTies newTies) {
    return new LinkOptions(prefer, allocation, newTies);
  }
}
