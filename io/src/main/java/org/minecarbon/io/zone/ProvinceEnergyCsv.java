package org.minecarbon.io.zone;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.workbook.WorkbookReader;
import org.minecarbon.io.zone.internal.ProvinceEnergyRows;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * Reads provinces' energy data from CSV (UTF-8, header in English or Chinese):
 *
 * <pre>
 * province,year,production_10k_tce,consumption_10k_tce,new_energy_share_pct,source
 * 省份,年份,能源生产量(万吨标准煤),能源消费量(万吨标准煤),新能源消费占比(%),来源
 * </pre>
 *
 * The share is in percent (17.5 = seed 004's threshold). Every problem of every row is listed with
 * its {@code file:line: field} location; nothing is returned from a file with an error. The same
 * checks read XLSX ({@link ProvinceEnergyXlsx}).
 */
public final class ProvinceEnergyCsv {
  /** A required column is missing from the header. */
  public static final String MISSING_COLUMN = ProvinceEnergyRows.MISSING_COLUMN;

  /** A cell is empty, not a number, or out of range. */
  public static final String BAD_VALUE = ProvinceEnergyRows.BAD_VALUE;

  /** The same province and year appear twice. */
  public static final String DUPLICATE = ProvinceEnergyRows.DUPLICATE;

  private ProvinceEnergyCsv() {}

  public static Result<List<ProvinceEnergy>> read(InputStream in, String name) {
    CsvTable csv;
    try {
      csv = CsvTable.parse(in, name);
    } catch (IOException e) {
      return Result.err(Issue.error(IoCodes.MALFORMED_CSV, name, String.valueOf(e.getMessage())));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      Map<String, String> r = csv.rows().get(i);
      rows.add(
          new Table.Row(
              csv.lineNumbers().get(i),
              csv.header().stream().map(h -> r.getOrDefault(h, "")).toList()));
    }
    Table table = new Table(name, csv.header(), rows);
    return ProvinceEnergyRows.read(
        table,
        new ProvinceEnergyRows.Locator() {
          @Override
          public String pointer(int row, int column, String field) {
            return name + ":" + row + ": " + field;
          }

          @Override
          public String location(int row, int column, String field) {
            return WorkbookReader.locate(name, row, field);
          }
        });
  }
}
