package org.minecarbon.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.table.CellText;

/** Writes rows as RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens it as UTF-8. */
public final class CsvWriter {
  private CsvWriter() {}

  public static void write(List<String> header, List<List<@Nullable Object>> rows, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    line(w, header);
    for (List<@Nullable Object> row : rows) {
      line(w, row);
    }
    w.flush();
  }

  private static void line(Writer w, List<? extends @Nullable Object> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(escape(text(cells.get(i))));
    }
    w.write("\r\n");
  }

  static String text(@Nullable Object value) {
    return switch (value) {
      case null -> "";
      case Double d -> CellText.number(d);
      default -> value.toString();
    };
  }

  static String escape(String s) {
    if (s.isEmpty() || s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
