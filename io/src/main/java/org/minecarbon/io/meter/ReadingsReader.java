package org.minecarbon.io.meter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.ReadingCheck;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * Reads readings from CSV ({@code meter,time,value[,status]} or {@code
 * meter,time,flow,concentration[,status]}, header optional) or JSON lines, checking each against
 * the registry. Every problem is an issue located at {@code <file>:<line>} with the field as its
 * pointer; a file with any problem yields no readings.
 *
 * <p>CSV lines in the common shape take a hand-written path ({@code CsvFastLines}: no per-field
 * strings, RFC 3339 times and plain decimals parsed directly); every other line, and every line
 * with a problem, goes through the general parser, so readings and issues are the same either way
 * ({@code ReadingsParityTest} checks this against the reader before the fast path).
 */
public final class ReadingsReader {
  private ReadingsReader() {}

  /**
   * JSON lines when the name ends in {@code .jsonl}/{@code .ndjson} or the text starts with '{'.
   */
  public static Result<List<Reading>> read(byte[] bytes, String file, MeterRegistry registry) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean json =
        file.endsWith(".jsonl") || file.endsWith(".ndjson") || text.stripLeading().startsWith("{");
    Lines lines = new Lines(file, registry.byId(), json ? new JsonLines() : new CsvLines());
    @Nullable CsvFastLines fast =
        lines.parser instanceof CsvLines csv ? new CsvFastLines(csv, lines.meters) : null;
    int lineNo = 0;
    for (int pos = 0; pos <= text.length(); ) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int stop = nl > pos && text.charAt(nl - 1) == '\r' ? nl - 1 : end;
      lineNo++;
      if (fast == null || !fast.tryAdd(text, pos, stop, lines.out)) {
        lines.general(text.substring(pos, stop), lineNo);
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return lines.issues.isEmpty() ? Result.ok(lines.out) : Result.err(lines.issues);
  }

  /**
   * The general path for one line (split as {@code "\r?\n"} splits, numbered from 1): the line
   * parser, then {@code ReadingCheck}; every problem becomes an issue at {@code <file>:<line>}.
   */
  private static final class Lines {
    final String file;
    final Map<String, Meter> meters;
    final LineParser parser;
    final List<Issue> issues = new ArrayList<>();
    final List<Reading> out = new ArrayList<>();

    Lines(String file, Map<String, Meter> meters, LineParser parser) {
      this.file = file;
      this.meters = meters;
      this.parser = parser;
    }

    void general(String line, int lineNo) {
      if (line.isBlank()) {
        return;
      }
      String where = file + ":" + lineNo;
      List<Issue> lineIssues = new ArrayList<>();
      Reading r = parser.parse(line, where, lineIssues);
      if (r != null && lineIssues.isEmpty()) {
        for (ReadingCheck.Problem p : ReadingCheck.check(r, meters)) {
          lineIssues.add(Issue.error("INVALID_READING", p.field(), p.message()).at(where));
        }
      }
      lineIssues.forEach(x -> issues.add(field(x)));
      if (r != null && lineIssues.isEmpty()) {
        out.add(r);
      }
    }
  }

  /** Field names, not pointers, in reading issues ({@code <file>:<line>: <field>: ...}). */
  private static Issue field(Issue i) {
    String p = i.pointer().startsWith("/") ? i.pointer().substring(1) : i.pointer();
    return new Issue(i.code(), i.severity(), i.message(), p, i.value(), i.expected(), i.location());
  }

  /** Parses one non-blank line; null for a header line or a line with problems (recorded). */
  interface LineParser {
    @Nullable Reading parse(String line, String where, List<Issue> issues);
  }
}
