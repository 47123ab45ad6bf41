package org.minecarbon.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.result.Issue;

/** Prints issues for a terminal: one {@link Issue#describe()} line each, then a count. */
final class Issues {
  private Issues() {}

  static void print(PrintWriter err, List<Issue> issues) {
    List<Issue> unique = distinct(issues);
    for (Issue i : unique) {
      err.println(i.describe());
    }
    long errors = unique.stream().filter(Issue::isError).count();
    long warnings = unique.size() - errors;
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    err.println(String.join(", ", parts) + ".");
    err.flush();
  }

  /** The same issue found twice (by the reader and again by the calculator) is printed once. */
  static List<Issue> distinct(List<Issue> issues) {
    Map<String, Issue> seen = new LinkedHashMap<>();
    for (Issue i : issues) {
      seen.putIfAbsent(i.describe(), i);
    }
    return List.copyOf(seen.values());
  }
}
