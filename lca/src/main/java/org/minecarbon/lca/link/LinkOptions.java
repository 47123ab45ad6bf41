package org.minecarbon.lca.link;

import java.util.Set;
import org.minecarbon.lca.model.AllocationMethod;

/**
 * How a product system is built: {@code prefer} lists process @ids chosen first whenever they
 * provide a flow (CLI {@code --prefer}); {@code allocation} is the system-wide allocation method.
 */
public record LinkOptions(Set<String> prefer, AllocationMethod allocation) {
  public LinkOptions {
    prefer = Set.copyOf(prefer);
  }

  public static LinkOptions defaults() {
    return new LinkOptions(Set.of(), AllocationMethod.USE_DEFAULT);
  }
}
