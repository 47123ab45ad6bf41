package org.minecarbon.core.factor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorSet;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.Distribution;

/**
 * Reads factor set files. Built-in sets are listed in {@code /factors/sets.csv}; each names the CSV
 * files that hold its values (columns {@code key,value,unit,citation,confidence,uncertainty,
 * note}).
 */
public final class FactorFiles {
  private FactorFiles() {}

  public static List<FactorSet> loadBuiltIn() throws IOException {
    CsvTable index = table("/factors/sets.csv");
    List<FactorSet> out = new ArrayList<>();
    for (Map<String, String> row : index.rows()) {
      String id = row.get("id");
      Map<String, Factor> factors = new LinkedHashMap<>();
      for (String file : row.get("files").split("\\|")) {
        CsvTable t = table("/factors/" + file.strip());
        List<Issue> issues = new ArrayList<>();
        readFactors(id, t, file, factors, issues);
        if (!issues.isEmpty()) {
          throw new IllegalStateException(
              "built-in factor file " + file + " is invalid: " + issues.getFirst().describe());
        }
      }
      String parent = row.get("parent");
      out.add(
          new FactorSet(
              id,
              row.get("title"),
              parent == null || parent.isBlank() ? null : parent,
              row.get("version"),
              row.get("description"),
              true,
              factors));
    }
    return out;
  }

  /** Parses a user set; every bad line is an issue and nothing is returned when there is one. */
  public static Result<FactorSet> parseUserSet(InputStream in, String fileName) {
    CsvTable t;
    try {
      t = CsvTable.parse(in, fileName);
    } catch (IOException e) {
      return Result.err(
          Issue.error(Codes.INVALID_FACTOR_FILE, "", fileName + ": " + e.getMessage()));
    }
    List<Issue> issues = new ArrayList<>();
    String id = t.metadata().get("set");
    if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._-]+")) {
      issues.add(
          Issue.error(
              Codes.INVALID_FACTOR_FILE,
              "",
              fileName + ": missing or invalid '# set: ID' header line",
              id == null ? "" : id,
              "letters, digits, '.', '_' or '-'"));
      id = "invalid";
    }
    for (String col : List.of("key", "value", "unit", "citation")) {
      if (!t.header().contains(col)) {
        issues.add(
            Issue.error(
                Codes.INVALID_FACTOR_FILE,
                "",
                fileName + ": column '" + col + "' missing",
                String.join(",", t.header()),
                "key,value,unit,citation[,confidence,uncertainty,note]"));
      }
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    Map<String, Factor> factors = new LinkedHashMap<>();
    readFactors(id, t, fileName, factors, issues);
    if (factors.isEmpty() && issues.isEmpty()) {
      issues.add(Issue.error(Codes.INVALID_FACTOR_FILE, "", fileName + ": no factor rows"));
    }
    String parent = t.metadata().get("parent");
    FactorSet set =
        new FactorSet(
            id,
            t.metadata().getOrDefault("title", id),
            parent == null || parent.isBlank() ? null : parent,
            t.metadata().getOrDefault("version", "1"),
            t.metadata().getOrDefault("description", "user factor set from " + fileName),
            false,
            factors);
    return Result.of(set, issues);
  }

  private static void readFactors(
      String setId, CsvTable t, String file, Map<String, Factor> into, List<Issue> issues) {
    for (int i = 0; i < t.rows().size(); i++) {
      Map<String, String> r = t.rows().get(i);
      String where = file + " line " + t.lineNumbers().get(i);
      String key = r.getOrDefault("key", "");
      Optional<Double> value = number(r.get("value"));
      if (key.isBlank()) {
        issues.add(bad(where, "key is empty", "", "a factor key such as fuel.diesel.ncv"));
        continue;
      }
      if (value.isEmpty() || value.get() < 0) {
        issues.add(
            bad(where, "value is not a finite non-negative number", r.get("value"), "number"));
        continue;
      }
      String confText = r.getOrDefault("confidence", "");
      Confidence conf =
          confText.isBlank() ? Confidence.USER : Confidence.fromCode(confText).orElse(null);
      if (conf == null) {
        issues.add(bad(where, "unknown confidence label", confText, "C, I, X, U or user"));
        continue;
      }
      String unc = r.getOrDefault("uncertainty", "");
      @Nullable Distribution dist = null;
      if (!unc.isBlank()) {
        dist = Distribution.parse(unc).orElse(null);
        if (dist == null) {
          issues.add(
              bad(
                  where,
                  "malformed uncertainty",
                  unc,
                  "normal:5, lognormal:50:100, " + "triangular:-20:0:30 or uniform:-10:10"));
          continue;
        }
      }
      if (into.containsKey(key)) {
        issues.add(bad(where, "key defined twice in set " + setId, key, "unique keys"));
        continue;
      }
      into.put(
          key,
          new Factor(
              setId,
              key,
              value.get(),
              r.getOrDefault("unit", ""),
              r.getOrDefault("citation", ""),
              conf,
              dist,
              r.getOrDefault("note", "")));
    }
  }

  private static Issue bad(String where, String message, String value, String expected) {
    return Issue.error(Codes.INVALID_FACTOR_FILE, "", where + ": " + message, value, expected);
  }

  private static Optional<Double> number(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(text.strip());
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static CsvTable table(String resource) throws IOException {
    try (InputStream in = FactorFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return CsvTable.parse(in, resource);
    }
  }
}
