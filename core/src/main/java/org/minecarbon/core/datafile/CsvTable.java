package org.minecarbon.core.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal RFC 4180 reader for the project's own data files. Lines starting with {@code #} are
 * comments; a comment of the form {@code # key: value} before the header is metadata. Quoted fields
 * may contain commas and doubled quotes; fields are stripped of surrounding spaces.
 *
 * @param metadata the {@code # key: value} lines
 * @param header column names
 * @param rows one map per data line, column name to text (empty string when absent)
 * @param lineNumbers the 1-based file line of each row, for error messages
 */
public record CsvTable(
    Map<String, String> metadata,
    List<String> header,
    List<Map<String, String>> rows,
    List<Integer> lineNumbers) {

  public CsvTable {
    metadata = Map.copyOf(metadata);
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    lineNumbers = List.copyOf(lineNumbers);
  }

  public static CsvTable parse(InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> metadata = new LinkedHashMap<>();
    List<String> header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (header == null && colon > 1) {
          String key = line.substring(1, colon).strip();
          if (!key.isEmpty() && !key.contains(" ")) {
            metadata.put(key, line.substring(colon + 1).strip());
          }
        }
        continue;
      }
      List<String> fields = split(line);
      if (header == null) {
        header = fields;
        continue;
      }
      if (fields.size() > header.size()) {
        throw new IOException(
            name
                + " line "
                + lineNo
                + ": "
                + fields.size()
                + " fields, header has "
                + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
      }
      rows.add(row);
      lines.add(lineNo);
    }
    if (header == null) {
      throw new IOException(name + ": no header line");
    }
    return new CsvTable(metadata, header, rows, lines);
  }

  /** Splits one CSV line; quoted fields keep commas, {@code ""} is a literal quote. */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }
}
