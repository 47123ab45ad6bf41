package org.minecarbon.io.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.table.Limits;
import org.minecarbon.io.table.Table;

/**
 * Parses one CSV file (RFC 4180: comma separated, double-quoted fields may hold commas, quotes and
 * line breaks) as a {@link Table}. UTF-8 only, a leading byte order mark tolerated. Each row keeps
 * the line it starts on, for locations.
 */
public final class CsvReader {
  private final String text;
  private int pos;
  private int line = 1;
  private @Nullable String tooLong;
  private boolean tooWide;

  private CsvReader(String text) {
    this.text = text;
  }

  /** Location of a row or cell: {@code file activities.csv, line 5, column quantity}. */
  public static String locate(String file, int line, @Nullable String column) {
    return "file " + file + ", line " + line + (column == null ? "" : ", column " + column);
  }

  public static Result<Table> read(byte[] bytes, String name) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Result.err(
          Issue.error(
              IoCodes.UNREADABLE,
              "",
              name + " is not UTF-8 text (save it as \"CSV UTF-8\")",
              "",
              "UTF-8"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new CsvReader(text).table(name);
  }

  private Result<Table> table(String name) {
    List<String> header = null;
    List<Table.Row> rows = new ArrayList<>();
    long cells = 0;
    while (pos < text.length()) {
      int start = line;
      List<String> record = record();
      if (tooLong != null || tooWide) {
        return Result.err(overLimit(name, start));
      }
      if (record != null && (cells += record.size()) > Limits.MAX_CELLS) {
        return Result.err(
            Limits.exceeded(
                locate(name, start, null) + ": more than " + Limits.MAX_CELLS + " cells",
                Limits.MAX_CELLS + " cells in one file"));
      }
      if (record == null) {
        return Result.err(
            Issue.error(
                IoCodes.MALFORMED_CSV,
                "",
                locate(name, start, null) + ": a quoted field is not closed",
                "",
                "a closing double quote"));
      }
      if (record.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header == null) {
        header = record;
      } else if (rows.size() >= Limits.MAX_ROWS) {
        return Result.err(Limits.tooManyRows(name, rows.size() + 1L));
      } else {
        rows.add(new Table.Row(start, record));
      }
    }
    return Result.ok(new Table(name, header == null ? List.of() : header, rows));
  }

  private Issue overLimit(String name, int start) {
    if (tooLong != null) {
      return Limits.exceeded(
          locate(name, start, null) + ": a field starting \"" + tooLong + "…\" is too long",
          Limits.MAX_TEXT_LENGTH + " characters in one field");
    }
    return Limits.exceeded(
        locate(name, start, null) + " has more than " + Limits.MAX_COLUMNS + " fields",
        Limits.MAX_COLUMNS + " fields in one line");
  }

  /**
   * One record up to and including its line break; null when a quote is left open, a field is
   * longer than {@link Limits#MAX_TEXT_LENGTH} (then {@link #tooLong} holds its start) or there are
   * more than {@link Limits#MAX_COLUMNS} fields ({@link #tooWide}).
   */
  private @Nullable List<String> record() {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (pos < text.length()) {
      if (field.length() > Limits.MAX_TEXT_LENGTH) {
        tooLong = field.substring(0, 20);
        return null;
      }
      char ch = text.charAt(pos++);
      if (quoted) {
        if (ch == '"' && pos < text.length() && text.charAt(pos) == '"') {
          field.append('"');
          pos++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          line += ch == '\n' ? 1 : 0;
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        if (fields.size() >= Limits.MAX_COLUMNS) {
          tooWide = true;
          return null;
        }
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        break;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString());
    return fields;
  }
}
