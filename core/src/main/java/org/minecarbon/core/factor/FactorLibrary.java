package org.minecarbon.core.factor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.minecarbon.core.factor.internal.FactorFiles;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * All factor sets known to a calculation: the built-in ones shipped under {@code /factors/} and any
 * user sets added with {@link #withUserSet}. Immutable; adding a set returns a new library.
 */
public final class FactorLibrary {
  /** The default set: the CN guideline tables (see docs/methodology.md for the choice). */
  public static final String DEFAULT_SET = "CN-2015";

  private static final FactorLibrary BUILT_IN = loadBuiltIn();

  private final Map<String, FactorSet> sets;

  private FactorLibrary(Map<String, FactorSet> sets) {
    this.sets = Map.copyOf(sets);
  }

  public static FactorLibrary builtIn() {
    return BUILT_IN;
  }

  public Optional<FactorSet> set(String id) {
    return Optional.ofNullable(sets.get(id));
  }

  public Collection<FactorSet> sets() {
    return sets.values().stream().sorted(Comparator.comparing(FactorSet::id)).toList();
  }

  /** Resolves a key in a set, walking up its parents; empty when no set in the chain has it. */
  public Optional<Factor> resolve(String setId, String key) {
    Set<String> seen = new HashSet<>();
    String current = setId;
    while (current != null && seen.add(current)) {
      FactorSet set = sets.get(current);
      if (set == null) {
        return Optional.empty();
      }
      Factor f = set.factors().get(key);
      if (f != null) {
        return Optional.of(f);
      }
      current = set.parent();
    }
    return Optional.empty();
  }

  /** Every key visible from a set (own and inherited), each with the factor that wins. */
  public Map<String, Factor> effective(String setId) {
    List<FactorSet> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = setId;
    while (current != null && seen.add(current) && sets.containsKey(current)) {
      chain.add(sets.get(current));
      current = sets.get(current).parent();
    }
    Map<String, Factor> out = new TreeMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      out.putAll(chain.get(i).factors());
    }
    return out;
  }

  /** Finds a factor by its global id {@code set:key} (the set's own value, not inherited). */
  public Optional<Factor> byId(String id) {
    int colon = id.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return set(id.substring(0, colon)).flatMap(s -> s.own(id.substring(colon + 1)));
  }

  /**
   * Adds a user factor set read from a CSV file with {@code # set:}, {@code # parent:} and {@code #
   * title:} header lines and the columns of the built-in files. Every problem in the file is
   * reported; nothing is added when there is one.
   */
  public Result<FactorLibrary> withUserSet(InputStream in, String fileName) {
    Result<FactorSet> parsed = FactorFiles.parseUserSet(in, fileName);
    return parsed.flatMap(
        set -> {
          List<Issue> issues = new ArrayList<>();
          if (sets.containsKey(set.id()) && sets.get(set.id()).builtIn()) {
            issues.add(
                Issue.error(
                    Codes.INVALID_FACTOR_FILE,
                    "",
                    fileName + ": set id " + set.id() + " is a built-in set; choose another id",
                    set.id(),
                    "a new set id"));
          }
          if (set.parent() != null && !sets.containsKey(set.parent())) {
            issues.add(
                Issue.error(
                    Codes.UNKNOWN_FACTOR_SET,
                    "",
                    fileName + ": parent set not found",
                    set.parent(),
                    "one of " + new java.util.TreeSet<>(sets.keySet())));
          }
          if (!issues.isEmpty()) {
            return Result.err(issues);
          }
          Map<String, FactorSet> next = new LinkedHashMap<>(sets);
          next.put(set.id(), set);
          return Result.ok(new FactorLibrary(next));
        });
  }

  private static FactorLibrary loadBuiltIn() {
    try {
      Map<String, FactorSet> sets = new LinkedHashMap<>();
      for (FactorSet s : FactorFiles.loadBuiltIn()) {
        sets.put(s.id(), s);
      }
      return new FactorLibrary(sets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
