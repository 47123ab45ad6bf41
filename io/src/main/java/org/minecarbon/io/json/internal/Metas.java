package org.minecarbon.io.json.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import tools.jackson.databind.JsonNode;

/** Reads the fields every row carries: id, period, site, stage, note, evidence, uncertainty. */
final class Metas {
  private Metas() {}

  static @Nullable RowMeta read(Fields f, JsonNode row, String pointer) {
    int before = f.errors();
    String id = f.string(row, pointer, "id", false);
    Period period = f.period(row, pointer);
    String site = f.string(row, pointer, "site", false);
    Stage stage =
        f.code(row, pointer, "stage", false, Stage::fromCode, Stage.codes(), Codes.UNKNOWN_STAGE);
    String note = f.string(row, pointer, "note", false);
    String evidence = f.string(row, pointer, "evidence", false);
    Distribution uncertainty = Uncertainties.read(f, row, pointer);
    if (f.errors() > before) {
      return null;
    }
    return new RowMeta(id, pointer, period, site, stage, note, evidence, uncertainty);
  }
}
