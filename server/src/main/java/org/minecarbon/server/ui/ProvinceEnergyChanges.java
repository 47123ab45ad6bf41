package org.minecarbon.server.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * What an import of provinces' energy rows would do: each row new or replacing stored values of the
 * same province and year (and whether those differ).
 *
 * @param rows the imported rows with what they replace
 * @param replaced how many rows replace stored ones
 * @param changed how many of those change a value
 */
record ProvinceEnergyChanges(List<Change> rows, int replaced, int changed) {
  ProvinceEnergyChanges {
    rows = List.copyOf(rows);
  }

  /**
   * @param old the stored row of the same province and year, null for a new one
   */
  record Change(ProvinceEnergy row, @Nullable ProvinceEnergy old) {
    public boolean differs() {
      return old != null
          && (old.production() != row.production()
              || old.consumption() != row.consumption()
              || old.newEnergyShare() != row.newEnergyShare()
              || !old.source().equals(row.source()));
    }
  }

  static ProvinceEnergyChanges of(List<ProvinceEnergy> imported, List<ProvinceEnergy> stored) {
    Map<String, ProvinceEnergy> byKey =
        stored.stream().collect(Collectors.toMap(ProvinceEnergyChanges::key, Function.identity()));
    List<Change> rows = imported.stream().map(r -> new Change(r, byKey.get(key(r)))).toList();
    int replaced = (int) rows.stream().filter(c -> c.old() != null).count();
    int changed = (int) rows.stream().filter(Change::differs).count();
    return new ProvinceEnergyChanges(rows, replaced, changed);
  }

  private static String key(ProvinceEnergy p) {
    return p.province() + "\u0000" + p.year();
  }
}
