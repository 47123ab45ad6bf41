package org.minecarbon.io.meter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.ReadingCheck;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * The readings reader as it was before the hand-written CSV path (session 7), kept unchanged as the
 * oracle of {@code ReadingsParityTest}. Reads readings from CSV ({@code meter,time,value[,status]}
 * or {@code meter,time,flow,concentration[,status]}, header optional) or JSON lines, checking each
 * against the registry. Every problem is an issue located at {@code <file>:<line>} with the field
 * as its pointer; a file with any problem yields no readings.
 */
final class LegacyReadingsReader {
  private LegacyReadingsReader() {}

  /**
   * JSON lines when the name ends in {@code .jsonl}/{@code .ndjson} or the text starts with '{'.
   */
  public static Result<List<Reading>> read(byte[] bytes, String file, MeterRegistry registry) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    boolean json =
        file.endsWith(".jsonl") || file.endsWith(".ndjson") || text.stripLeading().startsWith("{");
    List<Issue> issues = new ArrayList<>();
    List<Reading> out = new ArrayList<>(lines.length);
    Map<String, Meter> meters = registry.byId();
    ReadingsReader.LineParser parser = json ? new JsonLines() : new LegacyCsvLines();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
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
    return issues.isEmpty() ? Result.ok(out) : Result.err(issues);
  }

  /** Field names, not pointers, in reading issues ({@code <file>:<line>: <field>: ...}). */
  private static Issue field(Issue i) {
    String p = i.pointer().startsWith("/") ? i.pointer().substring(1) : i.pointer();
    return new Issue(i.code(), i.severity(), i.message(), p, i.value(), i.expected(), i.location());
  }
}
