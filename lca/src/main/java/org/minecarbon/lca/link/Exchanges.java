package org.minecarbon.lca.link;

import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowType;

/** The roles an exchange plays in linking (openLCA's rules, avoided products included). */
public final class Exchanges {
  private Exchanges() {}

  /**
   * A product input or waste output needs a provider; an avoided product output (avoided waste
   * input) is linked like an input (output) but enters the matrix with its own sign.
   */
  public static boolean isLinkable(Exchange e, Flow f) {
    return switch (f.type()) {
      case PRODUCT_FLOW -> e.input() != e.avoided();
      case WASTE_FLOW -> e.input() == e.avoided();
      case ELEMENTARY_FLOW -> false;
    };
  }

  /** A product output or waste input that is not avoided: the process can provide this flow. */
  public static boolean isProviderFlow(Exchange e, Flow f) {
    return !e.avoided()
        && ((f.type() == FlowType.PRODUCT_FLOW && !e.input())
            || (f.type() == FlowType.WASTE_FLOW && e.input()));
  }
}
