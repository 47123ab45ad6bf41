package org.minecarbon.store.backup;

import java.util.List;

/**
 * What a backup wrote or a restore loaded.
 *
 * @param schemaVersion the Flyway schema version of the data (e.g. "5")
 * @param tables every table with its row count, in insert (foreign-key-safe) order
 */
public record BackupSummary(String schemaVersion, List<TableCount> tables) {
  public BackupSummary {
    tables = List.copyOf(tables);
  }

  /** One table's row count. */
  public record TableCount(String table, long rows) {}

  public long totalRows() {
    return tables.stream().mapToLong(TableCount::rows).sum();
  }
}
