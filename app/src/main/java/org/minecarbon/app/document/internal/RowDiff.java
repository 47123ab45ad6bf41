package org.minecarbon.app.document.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.store.inventory.RowDocs;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a row import does to the stored rows, as a list of operations on the rows in the file's
 * scope. Scope: in {@link ImportMode#MERGE} the stored rows whose key (site, period, source, sink
 * type or product, and the fuel, grid, gas… within it: {@link #key}) appears among the file's rows;
 * in {@link ImportMode#REPLACE} the stored rows of every year the file has a row in. Within one
 * key, a stored row equal to a file row is kept as it is (id, evidence, history); then a stored row
 * with the same row {@code id}, then the remaining rows in stored order, take a file row's content
 * in place; stored rows left over are removed, file rows left over added. Stored rows outside the
 * scope are not touched.
 */
final class RowDiff {
  /** One operation on a row. */
  sealed interface Op {
    RowKind kind();
  }

  /** A stored row the file leaves as it is. */
  record Keep(RowRecord row) implements Op {
    @Override
    public RowKind kind() {
      return row.kind();
    }
  }

  /** A stored row that takes the file row's content in place. */
  record Change(RowRecord row, ObjectNode next) implements Op {
    @Override
    public RowKind kind() {
      return row.kind();
    }
  }

  /** A stored row the file's scope no longer has. */
  record Remove(RowRecord row) implements Op {
    @Override
    public RowKind kind() {
      return row.kind();
    }
  }

  /** A file row with no stored counterpart. */
  record Add(RowKind kind, ObjectNode next) implements Op {}

  private RowDiff() {}

  /**
   * @param stored every stored row of the enterprise, in stored order
   * @param file the file's rows per kind, in file order
   * @param onlySite the site code rows without {@code site} belong to (the only site), or null
   */
  static List<Op> diff(
      List<RowRecord> stored,
      Map<RowKind, List<ObjectNode>> file,
      ImportMode mode,
      @Nullable String onlySite) {
    Set<Integer> years = new HashSet<>();
    file.values().forEach(rows -> rows.forEach(r -> years.add(year(r))));
    List<Op> ops = new ArrayList<>();
    for (RowKind kind : RowKind.values()) {
      Map<String, List<ObjectNode>> next = new LinkedHashMap<>();
      for (ObjectNode r : file.getOrDefault(kind, List.of())) {
        next.computeIfAbsent(key(kind, r, onlySite), k -> new ArrayList<>()).add(r);
      }
      Map<String, List<RowRecord>> current = new LinkedHashMap<>();
      for (RowRecord r : stored) {
        if (r.kind() != kind) {
          continue; // the key only for the rows of this kind (not every stored row per kind)
        }
        String key = key(kind, r.doc(), onlySite);
        boolean inScope =
            mode == ImportMode.MERGE ? next.containsKey(key) : years.contains(r.year());
        if (inScope) {
          current.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
      Set<String> keys = new java.util.LinkedHashSet<>(current.keySet());
      keys.addAll(next.keySet());
      for (String key : keys) {
        match(
            kind,
            new ArrayList<>(current.getOrDefault(key, List.of())),
            new ArrayList<>(next.getOrDefault(key, List.of())),
            ops);
      }
    }
    return ops;
  }

  private static void match(
      RowKind kind, List<RowRecord> stored, List<ObjectNode> next, List<Op> ops) {
    // equal documents first: each stored row hashed once (RowDocs.hash), a file row looked up by
    // its hash and confirmed by RowDocs.same (equal exactly when the canonical texts are)
    Map<Long, List<RowRecord>> byHash = new HashMap<>();
    for (RowRecord r : stored) {
      byHash.computeIfAbsent(RowDocs.hash(r.doc()), k -> new ArrayList<>(1)).add(r);
    }
    Set<RowRecord> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ObjectNode> rest = new ArrayList<>();
    for (ObjectNode n : next) {
      RowRecord r = equal(byHash.get(RowDocs.hash(n)), n);
      if (r != null) {
        taken.add(r);
        ops.add(new Keep(r));
      } else {
        rest.add(n);
      }
    }
    List<RowRecord> left = new ArrayList<>();
    for (RowRecord r : stored) {
      if (!taken.contains(r)) {
        left.add(r);
      }
    }
    pair(kind, left, rest, ops);
  }

  /** Removes and returns the first of the candidates equal to the row, null when none is. */
  private static @Nullable RowRecord equal(@Nullable List<RowRecord> candidates, ObjectNode row) {
    if (candidates == null) {
      return null;
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (RowDocs.same(candidates.get(i).doc(), row)) {
        return candidates.remove(i);
      }
    }
    return null;
  }

  /** Same row id first, then pairwise in order; the leftovers are removed or added. */
  private static void pair(
      RowKind kind, List<RowRecord> stored, List<ObjectNode> next, List<Op> ops) {
    Map<String, ArrayDeque<RowRecord>> byId = new HashMap<>();
    for (RowRecord r : stored) {
      if (r.key() != null) {
        byId.computeIfAbsent(r.key(), k -> new ArrayDeque<>()).add(r);
      }
    }
    Set<RowRecord> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ObjectNode> rest = new ArrayList<>();
    for (ObjectNode n : next) {
      String id = n.path("id").asString("");
      ArrayDeque<RowRecord> sameId = id.isEmpty() ? null : byId.get(id);
      if (sameId != null && !sameId.isEmpty()) {
        RowRecord r = sameId.poll();
        taken.add(r);
        ops.add(new Change(r, n));
      } else {
        rest.add(n);
      }
    }
    List<RowRecord> left = new ArrayList<>();
    for (RowRecord r : stored) {
      if (!taken.contains(r)) {
        left.add(r);
      }
    }
    int pairs = Math.min(left.size(), rest.size());
    for (int i = 0; i < pairs; i++) {
      ops.add(new Change(left.get(i), rest.get(i)));
    }
    left.subList(pairs, left.size()).forEach(r -> ops.add(new Remove(r)));
    rest.subList(pairs, rest.size()).forEach(n -> ops.add(new Add(kind, n)));
  }

  /**
   * The merge key: kind, site (the only site when absent), period, source/sink/product, and what
   * identifies the activity within its source ({@link #detail}): a diesel row and a gasoline row of
   * one month are two keys.
   */
  static String key(RowKind kind, JsonNode row, @Nullable String onlySite) {
    String site = row.path("site").asString("");
    if (site.isEmpty() && onlySite != null) {
      site = onlySite;
    }
    return kind.code()
        + "|"
        + site
        + "|"
        + row.path("period").asString("")
        + "|"
        + what(kind, row)
        + "|"
        + detail(kind, row);
  }

  /**
   * What identifies a row within its source or sink type (inventory contract v1 §1.1, §1.2): the
   * {@code fuel} of a fuel row, the {@code grid} of an electricity row (a row with its own {@code
   * gridFactor} has none), the {@code gas} of a fugitive row, the {@code category} and {@code gas}
   * of a measured row, the {@code category} of a mass balance, the {@code landType} of vegetation
   * and the {@code instrument} of an allowance; empty for the sources of one activity per site and
   * period (carbonate, heat, mine methane and CO2, surface and post-mining methane, flare) and for
   * production (its key is the product).
   */
  static String detail(RowKind kind, JsonNode row) {
    List<String> fields =
        switch (kind) {
          case ACTIVITY ->
              switch (row.path("source").asString("")) {
                case "fuel" -> List.of("fuel");
                case "electricity" -> List.of("grid");
                case "fugitive" -> List.of("gas");
                case "measured" -> List.of("category", "gas");
                case "mass-balance" -> List.of("category");
                default -> List.of();
              };
          case SINK ->
              switch (row.path("sink").asString("")) {
                case "vegetation" -> List.of("landType");
                case "allowance" -> List.of("instrument");
                default -> List.of();
              };
          case PRODUCTION -> List.of();
        };
    StringBuilder sb = new StringBuilder();
    for (String field : fields) {
      sb.append(sb.isEmpty() ? "" : "/").append(code(field, row.path(field).asString("")));
    }
    return sb.toString();
  }

  /** A fuel or grid by its code, whatever alias the row uses (柴油 and diesel are one fuel). */
  private static String code(String field, String value) {
    Vocabulary vocabulary =
        switch (field) {
          case "fuel" -> Vocabulary.fuels();
          case "grid" -> Vocabulary.grids();
          default -> null;
        };
    return vocabulary == null ? value : vocabulary.find(value).map(CodeEntry::code).orElse(value);
  }

  /** The row's source, sink type or product. */
  static String what(RowKind kind, JsonNode row) {
    String field =
        switch (kind) {
          case ACTIVITY -> "source";
          case SINK -> "sink";
          case PRODUCTION -> "product";
        };
    return row.path(field).asString("");
  }

  /** The row's year; 0 when its period does not parse. */
  static int year(JsonNode row) {
    return Period.parse(row.path("period").asString("")).map(Period::year).orElse(0);
  }
}
