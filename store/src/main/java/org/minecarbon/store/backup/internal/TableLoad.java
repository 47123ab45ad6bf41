package org.minecarbon.store.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.minecarbon.store.backup.BackupException;
import tools.jackson.databind.JsonNode;

/** Inserts one table's backed-up rows (columns matched by name) in batches. */
public final class TableLoad {
  private static final int BATCH_ROWS = 200;
  private static final long BATCH_CHARS = 8L << 20;

  private TableLoad() {}

  /** Inserts every row of the entry into the target table; returns the row count. */
  public static long insert(Connection c, Schema schema, Schema.Table target, BufferedReader in)
      throws IOException, SQLException {
    JsonNode header = Json.MAPPER.readTree(in.readLine());
    List<Schema.Column> columns = columns(target, header.path("columns"));
    String sql = sql(schema, target, columns);
    long rows = 0;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      long chars = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode values = Json.MAPPER.readTree(line);
        for (int i = 0; i < columns.size(); i++) {
          Schema.Column col = columns.get(i);
          col.kind().bind(ps, i + 1, values.get(i), col.sqlType());
        }
        ps.addBatch();
        rows++;
        pending++;
        chars += line.length();
        if (pending >= BATCH_ROWS || chars >= BATCH_CHARS) {
          ps.executeBatch();
          pending = 0;
          chars = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
    return rows;
  }

  private static List<Schema.Column> columns(Schema.Table target, JsonNode names) {
    List<Schema.Column> out = new ArrayList<>();
    for (JsonNode n : names) {
      String name = n.path("name").asString("");
      out.add(
          target
              .column(name)
              .orElseThrow(
                  () ->
                      new BackupException(
                          "table "
                              + target.name()
                              + " has no column "
                              + name
                              + " in this schema")));
    }
    return out;
  }

  private static String sql(Schema schema, Schema.Table t, List<Schema.Column> columns) {
    String names =
        columns.stream().map(c -> schema.quoted(c.actual())).collect(Collectors.joining(", "));
    String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
    return "INSERT INTO " + schema.quoted(t.actual()) + " (" + names + ") VALUES (" + marks + ")";
  }
}
