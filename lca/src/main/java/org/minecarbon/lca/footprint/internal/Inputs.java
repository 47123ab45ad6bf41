package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.lca.footprint.InputKind;
import org.minecarbon.lca.footprint.MaterialRow;

/**
 * The purchased inputs of an inventory that a link can point at: fuel rows (by fuel code), net
 * purchased electricity rows (by site, then grid, then {@code *}) and material rows (by code).
 */
final class Inputs {
  private Inputs() {}

  /**
   * One purchased input.
   *
   * @param keys the link codes it answers to, most specific first
   * @param quantity fuel consumed, net purchased electricity (purchased − exported), or material
   */
  record Input(InputKind kind, RowMeta meta, String site, List<String> keys, Quantity quantity) {
    Input {
      keys = List.copyOf(keys);
    }
  }

  static List<Input> of(Inventory inv, List<MaterialRow> materials) {
    List<Input> inputs = new ArrayList<>();
    for (ActivityRow row : inv.activities()) {
      String site = Sites.of(inv, row.meta());
      switch (row) {
        case ActivityRow.Fuel f ->
            inputs.add(
                new Input(InputKind.FUEL, f.meta(), site, List.of(fuel(f.fuel())), f.quantity()));
        case ActivityRow.Electricity e ->
            inputs.add(new Input(InputKind.ELECTRICITY, e.meta(), site, keys(e, site), net(e)));
        default -> {}
      }
    }
    for (MaterialRow m : materials) {
      String site = Sites.of(inv, m.meta());
      inputs.add(
          new Input(InputKind.MATERIAL, m.meta(), site, List.of(m.material()), m.quantity()));
    }
    return inputs;
  }

  /** A fuel code or alias as its canonical code (柴油 → diesel); unknown text as written. */
  static String fuel(String text) {
    return Vocabulary.fuels().find(text).map(CodeEntry::code).orElse(text.strip());
  }

  /** A grid code or alias as its canonical code; unknown text as written. */
  static String grid(String text) {
    return Vocabulary.grids().find(text).map(CodeEntry::code).orElse(text.strip());
  }

  private static List<String> keys(ActivityRow.Electricity e, String site) {
    @Nullable String grid = e.grid();
    return grid == null ? List.of(site, "*") : List.of(site, grid(grid), "*");
  }

  private static Quantity net(ActivityRow.Electricity e) {
    Quantity q = e.quantity();
    Quantity exported = e.exported();
    return exported == null ? q : new Quantity(q.value() - exported.in(q.unit()), q.unit());
  }
}
