package org.minecarbon.app.document;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;

/**
 * The difference a row import makes (or made): rows added, changed field by field and removed, and
 * the balance before and after, per year. A preview is computed at {@code revision}; confirming it
 * writes exactly this difference, or is refused when the enterprise changed since.
 *
 * @param revision the enterprise's revision the difference was computed on (before writing)
 * @param written whether the difference was written (false for a preview)
 * @param unchanged stored rows in the file's scope that the file leaves as they are (they keep
 *     their ids, evidence and history)
 * @param sitesAdded codes of the file's sites the enterprise did not have
 */
public record ImportPreview(
    long enterpriseId,
    String fileName,
    ImportMode mode,
    long revision,
    boolean written,
    List<RowChange> added,
    List<RowChange> changed,
    List<RowChange> removed,
    int unchanged,
    List<String> sitesAdded,
    List<YearChange> balance,
    List<Issue> warnings) {
  public ImportPreview {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    sitesAdded = List.copyOf(sitesAdded);
    balance = List.copyOf(balance);
    warnings = List.copyOf(warnings);
  }

  /** Whether the import changes no row and adds no site. */
  public boolean empty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && sitesAdded.isEmpty();
  }

  /**
   * One row added, changed or removed.
   *
   * @param kind {@code activity}, {@code sink} or {@code production}
   * @param rowId the stored row's id (null for an added row)
   * @param what the row's source, sink type or product code
   * @param fields for a change the fields that differ; for an added (removed) row every field,
   *     {@code before} ({@code after}) null
   */
  public record RowChange(
      String kind,
      @Nullable Long rowId,
      String site,
      String period,
      String what,
      List<FieldChange> fields) {
    public RowChange {
      fields = List.copyOf(fields);
    }
  }

  /** A field's value before and after (null when absent), as document text. */
  public record FieldChange(String field, @Nullable String before, @Nullable String after) {}

  /**
   * The balance of one year before and after the import (tCO2e).
   *
   * @param columns every balance column that changes
   */
  public record YearChange(
      int year,
      double emissionsBefore,
      double emissionsAfter,
      double netBefore,
      double netAfter,
      List<ColumnChange> columns) {
    public YearChange {
      columns = List.copyOf(columns);
    }
  }

  /** One balance column ({@code fuel}, {@code electricity}…) before and after (tCO2e). */
  public record ColumnChange(String column, double before, double after) {}
}
