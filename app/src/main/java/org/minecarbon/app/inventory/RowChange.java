package org.minecarbon.app.inventory;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/** One change of a batch ({@link InventoryService#applyAll}): add, replace or delete a row. */
public sealed interface RowChange {

  /** A new row of the given kind. */
  record Add(RowKind kind, ObjectNode doc) implements RowChange {
    public Add {
      Objects.requireNonNull(kind, "kind");
      doc = doc.deepCopy();
    }
  }

  /** The stored row replaced by {@code doc}; refused as stale unless at the expected version. */
  record Update(long rowId, ObjectNode doc, @Nullable Long expectedVersion) implements RowChange {
    public Update {
      doc = doc.deepCopy();
    }
  }

  /** The stored row deleted. */
  record Delete(long rowId) implements RowChange {}
}
