package org.minecarbon.io.zone;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.workbook.WorkbookReader;
import org.minecarbon.io.zone.internal.ProvinceEnergyRows;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * Reads provinces' energy data from an XLSX workbook through io's {@link WorkbookReader} (size and
 * zip-bomb limits, cell texts): the sheet {@value #SHEET} (or {@code province_energy}), else the
 * first sheet; the first non-blank row is the header, in Chinese or English as for {@link
 * ProvinceEnergyCsv}, with the same checks. Every problem is listed with its cell ({@code 省份能源!C3},
 * location {@code sheet 省份能源, row 3, column 能源生产量(万吨标准煤)}); nothing is returned from a workbook
 * with an error. A share cell formatted as a percent is read as shown (0.175 shown as 17.5 % is
 * 17.5 %), not as its stored fraction.
 */
public final class ProvinceEnergyXlsx {
  /** The sheet name of the template. */
  public static final String SHEET = "省份能源";

  /** The workbook has no sheet (every sheet of an XLSX could be deleted but one). */
  public static final String NO_SHEET = "ZONE_NO_SHEET";

  private ProvinceEnergyXlsx() {}

  public static Result<List<ProvinceEnergy>> read(byte[] bytes, String name) {
    return switch (WorkbookReader.read(bytes, name, WorkbookReader.Percent.SHOWN)) {
      case Result.Err<List<Table>> err -> Result.err(err.issues());
      case Result.Ok<List<Table>> ok -> read(ok.value(), name);
    };
  }

  private static Result<List<ProvinceEnergy>> read(List<Table> tables, String name) {
    if (tables.isEmpty()) {
      return Result.err(Issue.error(NO_SHEET, name, name + " has no sheet"));
    }
    Table sheet =
        tables.stream()
            .filter(t -> t.name().equals(SHEET) || t.name().equals("province_energy"))
            .findFirst()
            .orElse(tables.getFirst());
    return ProvinceEnergyRows.read(
        sheet,
        new ProvinceEnergyRows.Locator() {
          @Override
          public String pointer(int row, int column, String field) {
            return column < 0
                ? sheet.name() + "!" + row + ": " + field
                : sheet.name() + "!" + CellReference.convertNumToColString(column) + row;
          }

          @Override
          public String location(int row, int column, String field) {
            return WorkbookReader.locate(sheet.name(), row, field);
          }
        });
  }
}
