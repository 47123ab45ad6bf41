package org.minecarbon.lca.footprint.internal;

import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.RowMeta;

/** Resolves a row's site as the balance engine does: its own, else the document's only site. */
final class Sites {
  private Sites() {}

  /** The site id, or {@code ""} for an enterprise-level row of a multi-site document. */
  static String of(Inventory inventory, RowMeta row) {
    if (row.site() != null) {
      return row.site();
    }
    return inventory.sites().size() == 1 ? inventory.sites().getFirst().id() : "";
  }
}
