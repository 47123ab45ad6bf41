package org.minecarbon.lca.model;

/** openLCA's flow types; only product and waste flows can be linked to providers. */
public enum FlowType {
  ELEMENTARY_FLOW,
  PRODUCT_FLOW,
  WASTE_FLOW
}
