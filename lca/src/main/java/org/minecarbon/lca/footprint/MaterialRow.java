package org.minecarbon.lca.footprint;

import java.util.Objects;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.unit.Quantity;

/**
 * A purchased material of the mine (explosives, reagents, cement, steel balls), from the
 * inventory's {@code materials[]} extension. It has no direct emission; it counts only through its
 * link to a background process.
 *
 * @param material the material code as in {@code LINKS.json}
 */
public record MaterialRow(RowMeta meta, String material, Quantity quantity) {
  public MaterialRow {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(quantity, "quantity");
  }
}
