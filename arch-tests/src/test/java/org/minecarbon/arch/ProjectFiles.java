package org.minecarbon.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the reactor root and reads the project's own text and CSV files. */
final class ProjectFiles {
  private ProjectFiles() {}

  /** The reactor root: the nearest ancestor of the working directory with core/ and arch-tests/. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("core/src/main/java"))
          && Files.isDirectory(dir.resolve("arch-tests"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Data lines of a project CSV file (comments, blank lines and the header dropped), split. */
  static List<List<String>> csvRows(Path file) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = true;
    for (String line : read(file).split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(split(line));
    }
    return rows;
  }

  /** One RFC 4180 line: quoted fields keep commas, a doubled quote is a literal quote. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
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
