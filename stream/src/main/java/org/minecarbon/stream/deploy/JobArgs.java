package org.minecarbon.stream.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * The arguments of {@link MeterJobMain}: {@code --name value} pairs. Every problem is listed (an
 * unknown or repeated option, a missing required one, a value that does not parse).
 *
 * @param checkpointDir durable checkpoint storage ({@code file:///…}, {@code s3://…}, {@code
 *     hdfs://…}); null = the cluster's configured {@code execution.checkpointing.dir}
 * @param parallelism the job's default parallelism; 0 = the cluster's default
 * @param enterprise the enterprise whose inventory receives the rows ({@code --enterprise}); 0 =
 *     none, the job writes its own tables through {@code JdbcRowSink}
 * @param actor the application user the inventory sink acts as ({@code --as}); "" without {@code
 *     --enterprise}
 */
public record JobArgs(
    String bootstrap,
    String topic,
    String group,
    Path registry,
    String jdbcUrl,
    String jdbcUser,
    @Nullable String checkpointDir,
    Duration checkpointInterval,
    int parallelism,
    Duration outOfOrderness,
    Duration flush,
    Duration idleAfter,
    int sinkBatch,
    long enterprise,
    String actor) {

  static final Set<String> REQUIRED = Set.of("bootstrap", "topic", "group", "registry", "jdbc");
  static final Set<String> OPTIONAL =
      Set.of(
          "jdbc-user",
          "checkpoint-dir",
          "checkpoint-interval",
          "parallelism",
          "out-of-orderness",
          "flush",
          "idle",
          "sink-batch",
          "enterprise",
          "as");

  /**
   * Parses {@code --name value} pairs; defaults: interval PT10S, PT5M, PT1M, idle PT1M, batch 500.
   */
  public static Result<JobArgs> parse(String... args) {
    List<Issue> issues = new ArrayList<>();
    Map<String, String> given = options(args, issues);
    for (String r : REQUIRED) {
      if (!given.containsKey(r)) {
        issues.add(Issue.error("MISSING_OPTION", "--" + r, "required option --" + r));
      }
    }
    Duration interval = duration(given, "checkpoint-interval", "PT10S", issues);
    Duration late = duration(given, "out-of-orderness", "PT5M", issues);
    Duration flush = duration(given, "flush", "PT1M", issues);
    Duration idle = duration(given, "idle", "PT1M", issues);
    int parallelism = integer(given, "parallelism", 0, 0, issues);
    int batch = integer(given, "sink-batch", 500, 1, issues);
    int enterprise = integer(given, "enterprise", 0, 1, issues);
    if (given.containsKey("enterprise") != given.containsKey("as")) {
      String missing = given.containsKey("as") ? "--enterprise" : "--as";
      issues.add(
          Issue.error(
              "MISSING_OPTION",
              missing,
              "--enterprise and --as go together (the inventory sink acts as a user)"));
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    return Result.ok(
        new JobArgs(
            given.get("bootstrap"),
            given.get("topic"),
            given.get("group"),
            Path.of(given.get("registry")),
            given.get("jdbc"),
            given.getOrDefault("jdbc-user", ""),
            given.get("checkpoint-dir"),
            interval,
            parallelism,
            late,
            flush,
            idle,
            batch,
            enterprise,
            given.getOrDefault("as", "")));
  }

  private static Map<String, String> options(String[] args, List<Issue> issues) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String a = args[i];
      String name = a.startsWith("--") ? a.substring(2) : "";
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        issues.add(Issue.error("UNKNOWN_OPTION", a, "unknown option " + a));
      } else if (i + 1 >= args.length) {
        issues.add(Issue.error("MISSING_VALUE", a, "option " + a + " needs a value"));
      } else if (given.put(name, args[i + 1]) != null) {
        issues.add(Issue.error("REPEATED_OPTION", a, "option " + a + " given twice"));
      }
    }
    return given;
  }

  private static Duration duration(
      Map<String, String> given, String name, String fallback, List<Issue> issues) {
    String v = given.getOrDefault(name, fallback);
    try {
      Duration d = Duration.parse(v);
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    issues.add(
        Issue.error("BAD_VALUE", "--" + name, "a positive ISO-8601 duration (PT10S), got " + v));
    return Duration.ofSeconds(1);
  }

  private static int integer(
      Map<String, String> given, String name, int fallback, int min, List<Issue> issues) {
    String v = given.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issues.add(Issue.error("BAD_VALUE", "--" + name, "an integer ≥ " + min + ", got " + v));
    return fallback;
  }
}
