package org.minecarbon.store.backup.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.backup.BackupException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup's {@code manifest.json}: format, schema version, creation time, and every table in
 * insert order with its row count and the SHA-256 of its data entry.
 */
public record Manifest(
    int formatVersion,
    String schemaVersion,
    String createdAt,
    String database,
    List<Entry> tables) {
  /** Marks a MineCarbon backup. */
  public static final String FORMAT = "minecarbon-backup";

  /** The format this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Name of the manifest entry in the zip. */
  public static final String NAME = "manifest.json";

  public Manifest {
    tables = List.copyOf(tables);
  }

  /** One table: lower-case name, row count, lower-case hex SHA-256 of its entry's bytes. */
  public record Entry(String table, long rows, String sha256) {
    /** The zip entry holding the table's data. */
    public String path() {
      return "tables/" + table + ".jsonl";
    }
  }

  public byte[] toJson() {
    ObjectNode root = JsonCodec.mapper().createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", formatVersion);
    root.put("schemaVersion", schemaVersion);
    root.put("createdAt", createdAt);
    root.put("database", database);
    ArrayNode list = root.putArray("tables");
    for (Entry e : tables) {
      list.addObject().put("name", e.table()).put("rows", e.rows()).put("sha256", e.sha256());
    }
    return JsonCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  /**
   * Reads a manifest.
   *
   * @throws BackupException when it is not a MineCarbon backup manifest of a known format
   */
  public static Manifest parse(byte[] json) {
    JsonNode root;
    try {
      root = JsonCodec.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new BackupException("not a MineCarbon backup: manifest.json is not JSON", e);
    }
    if (!FORMAT.equals(root.path("format").asString(""))) {
      throw new BackupException("not a MineCarbon backup: manifest.json has no format marker");
    }
    int version = root.path("formatVersion").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new BackupException(
          "backup format version "
              + version
              + " is not supported (expected "
              + FORMAT_VERSION
              + ")");
    }
    List<Entry> tables = new ArrayList<>();
    for (JsonNode t : root.path("tables")) {
      String name = t.path("name").asString("");
      if (!name.matches("[a-z0-9_]+")) {
        throw new BackupException("manifest.json lists a table with an invalid name: " + name);
      }
      tables.add(new Entry(name, t.path("rows").asLong(-1), t.path("sha256").asString("")));
    }
    return new Manifest(
        version,
        root.path("schemaVersion").asString(""),
        root.path("createdAt").asString(""),
        root.path("database").asString(""),
        tables);
  }
}
