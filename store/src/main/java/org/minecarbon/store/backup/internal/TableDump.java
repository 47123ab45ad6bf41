package org.minecarbon.store.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.minecarbon.store.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one table as JSON lines: a header {@code {"table":…,"columns":[{"name","kind"}…]}}, then
 * one array of values per row, ordered by primary key.
 */
public final class TableDump {
  private static final int FETCH = 200;

  private TableDump() {}

  /** Writes the table to {@code out} (left open); returns its manifest entry. */
  public static Manifest.Entry write(Connection c, Schema schema, Schema.Table t, OutputStream out)
      throws SQLException, IOException {
    MessageDigest sha = Sha256.digest();
    DigestOutputStream digest = new DigestOutputStream(out, sha);
    line(digest, header(t));
    long rows = 0;
    try (PreparedStatement ps = c.prepareStatement(select(schema, t))) {
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ArrayNode values = Json.MAPPER.createArrayNode();
          List<Schema.Column> cols = t.columns();
          for (int i = 0; i < cols.size(); i++) {
            values.add(cols.get(i).kind().read(rs, i + 1));
          }
          line(digest, values);
          rows++;
        }
      }
    }
    digest.flush();
    return new Manifest.Entry(t.name(), rows, HexFormat.of().formatHex(sha.digest()));
  }

  static ObjectNode header(Schema.Table t) {
    ObjectNode h = Json.MAPPER.createObjectNode();
    h.put("table", t.name());
    ArrayNode cols = h.putArray("columns");
    for (Schema.Column col : t.columns()) {
      cols.addObject().put("name", col.name()).put("kind", col.kind().name());
    }
    return h;
  }

  private static String select(Schema schema, Schema.Table t) {
    String columns =
        t.columns().stream().map(c -> schema.quoted(c.actual())).collect(Collectors.joining(", "));
    List<String> key = t.key().isEmpty() ? List.of(t.columns().get(0).actual()) : t.key();
    String order = key.stream().map(schema::quoted).collect(Collectors.joining(", "));
    return "SELECT " + columns + " FROM " + schema.quoted(t.actual()) + " ORDER BY " + order;
  }

  private static void line(OutputStream out, JsonNode node) throws IOException {
    out.write(Json.MAPPER.writeValueAsBytes(node));
    out.write('\n');
  }
}
