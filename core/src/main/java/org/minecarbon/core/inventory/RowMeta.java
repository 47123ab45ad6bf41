package org.minecarbon.core.inventory;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;

/**
 * What every row carries besides its source-specific fields.
 *
 * @param id user key, echoed in errors and traces (may be null)
 * @param pointer JSON Pointer of the row ({@code /activities/3}); workbook readers map it back
 * @param period reporting period
 * @param site site id, or null when the document has exactly one site
 * @param stage life-cycle stage, or null (counts as unassigned)
 * @param note free text
 * @param evidence free text (invoice number, meter id)
 * @param uncertainty uncertainty of the row's activity data, if the user gave one
 */
public record RowMeta(
    @Nullable String id,
    String pointer,
    Period period,
    @Nullable String site,
    @Nullable Stage stage,
    @Nullable String note,
    @Nullable String evidence,
    @Nullable Distribution uncertainty) {

  public Stage effectiveStage() {
    return stage == null ? Stage.UNASSIGNED : stage;
  }

  /** The id if given, else the pointer: how a row is named in traces. */
  public String label() {
    return id != null && !id.isBlank() ? id : pointer;
  }
}
