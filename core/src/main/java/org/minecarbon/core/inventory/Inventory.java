package org.minecarbon.core.inventory;

import java.util.List;

/**
 * An inventory document v1 ({@code "format": "minecarbon/inventory@1"}) as immutable values.
 * Construct it from a reader in the io module or with a builder in testkit; validate it with {@link
 * InventoryValidator} before calculating.
 */
public record Inventory(
    Enterprise enterprise,
    Settings settings,
    List<Site> sites,
    List<ActivityRow> activities,
    List<SinkRow> sinks,
    List<ProductionRow> production) {

  public static final String FORMAT = "minecarbon/inventory@1";

  public Inventory {
    sites = List.copyOf(sites);
    activities = List.copyOf(activities);
    sinks = List.copyOf(sinks);
    production = List.copyOf(production);
  }

  /** The same inventory computed under other settings (command-line overrides). */
  public Inventory withSettings(Settings newSettings) {
    return new Inventory(enterprise, newSettings, sites, activities, sinks, production);
  }
}
