package org.minecarbon.core.uncertainty.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.factor.Confidence;

/**
 * Default activity-data uncertainties by source/sink code, read from {@code
 * /uncertainty/activity-defaults.csv}. The file ships with the product, so a malformed file is a
 * build defect and raises {@link IllegalStateException}.
 */
public final class ActivityDefaults {
  static final String RESOURCE = "/uncertainty/activity-defaults.csv";

  /**
   * One default.
   *
   * @param distribution null for an exact quantity ({@code none})
   */
  public record Entry(
      String source,
      @Nullable Distribution distribution,
      Confidence confidence,
      String citation,
      String note) {

    /** How the default is named in a report: the code, its confidence tag and citation. */
    public String describe() {
      return "default for " + source + " " + confidence.tag() + ": " + citation;
    }
  }

  private final Map<String, Entry> entries;

  private ActivityDefaults(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  private static final class Holder {
    static final ActivityDefaults BUILT_IN = load();
  }

  public static ActivityDefaults builtIn() {
    return Holder.BUILT_IN;
  }

  public Optional<Entry> find(String sourceCode) {
    return Optional.ofNullable(entries.get(sourceCode));
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  static ActivityDefaults load() {
    try (InputStream in = ActivityDefaults.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ActivityDefaults parse(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Entry> map = new LinkedHashMap<>();
    List<String> header = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = split(line);
      if (header == null) {
        header = f;
        continue;
      }
      Entry e = entry(header, f, line);
      map.put(e.source(), e);
    }
    return new ActivityDefaults(map);
  }

  private static Entry entry(List<String> header, List<String> f, String line) {
    if (f.size() != header.size()) {
      throw new IllegalStateException(RESOURCE + ": wrong field count in: " + line);
    }
    Map<String, String> r = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      r.put(header.get(i), f.get(i));
    }
    String spec = r.getOrDefault("distribution", "");
    Distribution d = null;
    if (!spec.equalsIgnoreCase("none")) {
      d =
          Distribution.parse(spec)
              .orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad spec in: " + line));
    }
    Confidence c =
        Confidence.fromCode(r.getOrDefault("confidence", ""))
            .orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad confidence: " + line));
    return new Entry(
        r.getOrDefault("source", ""),
        d,
        c,
        r.getOrDefault("citation", ""),
        r.getOrDefault("note", ""));
  }

  /** RFC 4180 fields: commas inside double quotes, doubled quotes as a literal quote. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }
}
