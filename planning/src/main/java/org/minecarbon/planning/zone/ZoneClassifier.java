package org.minecarbon.planning.zone;

/**
 * Classifies a province into a seed-004 zone. Seed 004 (袁亮, 煤炭工业碳中和发展战略构想) §三（一）区域协调、有序推进:
 *
 * <blockquote>
 *
 * 因而可将全国区域划分为煤炭能源生产区（能源生产量&lt;能源消费量）、煤炭能源应用区（能源生产量&gt;能源消费量）、新能源耦合区（新能源消费占比&gt;17.5%）。
 *
 * </blockquote>
 *
 * <p>The printed inequalities of the first two zones contradict the same passage's members: it
 * names 新疆、内蒙古、山西、青海、陕西 (net energy exporters, production &gt; consumption) as the production
 * region and 北京、上海、江苏、浙江、山东、广东 (net importers) as the application region ("能源消耗量较高"), and the next
 * paragraph calls the first "主要煤炭能源生产供应地区". We follow the members and the names: production &gt;
 * consumption → 煤炭能源生产区, otherwise → 煤炭能源应用区 (docs/planning.md "Zones" records the choice). The
 * seed does not say which criterion wins when the new-energy share exceeds 17.5 % too: the coupling
 * zone, the narrower criterion, wins. Equal production and consumption (not covered by either
 * strict inequality) count as application.
 */
public final class ZoneClassifier {
  /** Seed 004: 新能源消费占比&gt;17.5%, strict. */
  public static final double NEW_ENERGY_THRESHOLD = 0.175;

  private ZoneClassifier() {}

  public static Zoning classify(ProvinceEnergy data) {
    if (data.newEnergyShare() > NEW_ENERGY_THRESHOLD) {
      return new Zoning(
          data, Zone.NEW_ENERGY_COUPLING, Zoning.Basis.NEW_ENERGY_SHARE_ABOVE_THRESHOLD);
    }
    if (data.production() > data.consumption()) {
      return new Zoning(data, Zone.COAL_PRODUCTION, Zoning.Basis.PRODUCTION_ABOVE_CONSUMPTION);
    }
    return new Zoning(data, Zone.COAL_APPLICATION, Zoning.Basis.PRODUCTION_NOT_ABOVE_CONSUMPTION);
  }
}
