package org.minecarbon.io.json.internal;

import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import tools.jackson.databind.JsonNode;

/** Reads the fields every row carries: id, period, site, stage, note, evidence, uncertainty. */
final class Metas {
  private Metas() {}

  /**
   * The row's common fields. Built even when one of them has an error (an invalid period is then
   * null), so that the rest of the row can still be checked; callers reject the row by counting
   * {@link Fields#errors()}.
   */
  static RowMeta read(Fields f, JsonNode row, String pointer) {
    String id = f.string(row, pointer, "id", false);
    Period period = f.period(row, pointer);
    String site = f.string(row, pointer, "site", false);
    Stage stage =
        f.code(row, pointer, "stage", false, Stage::fromCode, Stage.codes(), Codes.UNKNOWN_STAGE);
    String note = f.string(row, pointer, "note", false);
    String evidence = f.string(row, pointer, "evidence", false);
    Distribution uncertainty = Uncertainties.read(f, row, pointer);
    return new RowMeta(id, pointer, period, site, stage, note, evidence, uncertainty);
  }
}
