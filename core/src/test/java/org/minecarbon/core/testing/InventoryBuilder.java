package org.minecarbon.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.Industry;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/**
 * Builds inventories for core tests (core cannot use testkit, which depends on core). Rows get
 * their JSON Pointer from their position, as a reader would assign it.
 */
public final class InventoryBuilder {
  private final List<Site> sites = new ArrayList<>();
  private final List<ActivityRow> activities = new ArrayList<>();
  private final List<SinkRow> sinks = new ArrayList<>();
  private final List<ProductionRow> production = new ArrayList<>();
  private Settings settings = Settings.DEFAULT;
  private String period = "2024";
  private @Nullable String site;

  public static InventoryBuilder coalMine() {
    return new InventoryBuilder().site("north", MineType.UNDERGROUND, GasGrade.HIGH);
  }

  public InventoryBuilder site(String id, MineType type, @Nullable GasGrade grade) {
    sites.add(new Site(id, id, type, "coal", "山西", grade, "/sites/" + sites.size()));
    return this;
  }

  public InventoryBuilder settings(@Nullable GwpSet gwp, @Nullable String factorSet) {
    settings = new Settings(gwp, factorSet);
    return this;
  }

  /** The same settings with {@code settings.gridDefault} (contract revision 1.1). */
  public InventoryBuilder gridDefault(org.minecarbon.core.inventory.GridDefault grid) {
    settings = new Settings(settings.gwp(), settings.factorSet(), grid);
    return this;
  }

  /** Adds a site in a province. */
  public InventoryBuilder siteIn(String id, @Nullable String province) {
    sites.add(
        new Site(
            id,
            id,
            MineType.UNDERGROUND,
            "coal",
            province,
            GasGrade.LOW,
            "/sites/" + sites.size()));
    return this;
  }

  /** Period (and site) for the rows added next. */
  public InventoryBuilder at(String period, @Nullable String site) {
    this.period = period;
    this.site = site;
    return this;
  }

  public InventoryBuilder at(String period) {
    return at(period, site);
  }

  public InventoryBuilder activity(Function<RowMeta, ActivityRow> row) {
    activities.add(row.apply(meta("/activities/" + activities.size(), "a" + activities.size())));
    return this;
  }

  public InventoryBuilder sink(Function<RowMeta, SinkRow> row) {
    sinks.add(row.apply(meta("/sinks/" + sinks.size(), "s" + sinks.size())));
    return this;
  }

  public InventoryBuilder production(String product, double tonnes) {
    production.add(
        new ProductionRow(
            meta("/production/" + production.size(), "p" + production.size()),
            product,
            new Quantity(tonnes, Units.T)));
    return this;
  }

  private RowMeta meta(String pointer, String id) {
    return new RowMeta(
        id, pointer, Period.parse(period).orElseThrow(), site, null, null, null, null);
  }

  public Inventory build() {
    return new Inventory(
        new Enterprise("测试煤业", null, Industry.COAL, "山西"),
        settings,
        sites,
        activities,
        sinks,
        production);
  }

  public static Quantity q(double value, String unit) {
    return new Quantity(value, Units.find(unit).orElseThrow());
  }

  public static FactorLibrary library() {
    return FactorLibrary.builtIn();
  }
}
