package org.minecarbon.lca.result;

/**
 * One row of an inventory: an elementary flow or an unlinked product/waste flow.
 *
 * @param direction "input" or "output"; amount is positive in that direction unless the net
 *     inventory runs against it (negative scaling, avoided burdens)
 */
public record FlowResult(
    String id,
    String name,
    String category,
    String type,
    String direction,
    double amount,
    String unit) {

  /** The signed amount: outputs positive, inputs negative (how B s holds it). */
  public double signed() {
    return direction.equals("input") ? -amount : amount;
  }
}
