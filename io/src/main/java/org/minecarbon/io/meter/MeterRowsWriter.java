package org.minecarbon.io.meter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.io.csv.CsvWriter;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRow;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link MeterReport} as {@code minecarbon/meter-rows@1} JSON (rows in inventory v1 form
 * plus {@code completeness} and {@code estimated}; {@code evidence} names the meters; quantities
 * unrounded) or as CSV (one line per row).
 */
public final class MeterRowsWriter {
  private MeterRowsWriter() {}

  public static ObjectNode json(MeterReport report) {
    ObjectNode root = Nodes.object();
    root.put("format", MeterReport.FORMAT);
    ArrayNode rows = root.putArray("rows");
    for (MeterRow r : report.rows()) {
      ObjectNode o = InventoryWriter.writeActivity(r.row());
      o.set("completeness", Nodes.number(r.completeness()));
      o.set("estimated", Nodes.number(r.estimated()));
      rows.add(o);
    }
    ArrayNode alarms = root.putArray("alarms");
    for (Alarm a : report.alarms()) {
      ObjectNode o = alarms.addObject();
      o.put("code", a.code().name());
      o.put("meter", a.meter());
      o.put("time", a.time().toString());
      o.put("message", a.message());
    }
    ObjectNode completeness = root.putObject("completeness");
    for (Map.Entry<String, SortedMap<java.time.YearMonth, Double>> e :
        report.completeness().entrySet()) {
      ObjectNode m = completeness.putObject(e.getKey());
      e.getValue().forEach((ym, c) -> m.set(ym.toString(), Nodes.number(c)));
    }
    return root;
  }

  static final List<String> HEADER =
      List.of(
          "id",
          "source",
          "site",
          "period",
          "unit",
          "quantity",
          "exported",
          "ventilation",
          "drainage",
          "flared",
          "utilized",
          "fuel",
          "completeness",
          "estimated",
          "meters");

  public static void csv(MeterReport report, OutputStream out) throws IOException {
    List<List<@Nullable Object>> lines = new ArrayList<>();
    for (MeterRow r : report.rows()) {
      lines.add(line(r));
    }
    CsvWriter.write(HEADER, lines, out);
  }

  private static List<@Nullable Object> line(MeterRow r) {
    ActivityRow row = r.row();
    Object[] c = new Object[HEADER.size()];
    c[0] = r.id();
    c[1] = row.source().code();
    c[2] = row.meta().site();
    c[3] = row.meta().period().toString();
    switch (row) {
      case ActivityRow.Electricity e -> {
        c[4] = e.quantity().unit().symbol();
        c[5] = e.quantity().value();
        c[6] = e.exported() == null ? null : e.exported().value();
      }
      case ActivityRow.Fuel f -> {
        c[4] = f.quantity().unit().symbol();
        c[5] = f.quantity().value();
        c[11] = f.fuel();
      }
      case ActivityRow.Heat h -> {
        c[4] = "GJ";
        c[5] = h.quantity() == null ? null : h.quantity().value();
      }
      case ActivityRow.MineMethane m -> {
        c[4] = m.unit().symbol();
        c[7] = m.ventilation();
        c[8] = m.drainage();
        c[9] = m.flared();
        c[10] = m.utilized();
      }
      case ActivityRow.MineCo2 m -> {
        c[4] = m.unit().symbol();
        c[7] = m.ventilation();
        c[8] = m.drainage();
      }
      case ActivityRow.Flare f -> {
        c[4] = f.quantity().unit().symbol();
        c[5] = f.quantity().value();
      }
      default -> throw new IllegalStateException("not a meter row: " + row.source());
    }
    c[12] = r.completeness();
    c[13] = r.estimated();
    c[14] = String.join(" ", r.meters());
    return java.util.Arrays.asList(c);
  }
}
