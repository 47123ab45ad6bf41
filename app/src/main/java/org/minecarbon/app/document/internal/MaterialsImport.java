package org.minecarbon.app.document.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview.RowChange;
import org.minecarbon.store.inventory.RowDocs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The footprint extension {@code materials[]} (purchased materials, kept with the enterprise
 * header) in a row import, by the rules of the rows: key site (the only site when absent), period
 * and {@code material}; scope in merge the stored materials whose key the file has, in replace
 * those of every year the file has a row or material in; within a key equal entries are kept, the
 * rest changed pairwise in order, leftovers removed or added (appended). A file without a {@code
 * materials} array (every workbook) leaves the stored materials as they are.
 */
final class MaterialsImport {
  /** Kind of the preview's material changes. */
  static final String KIND = "material";

  /**
   * @param after the materials the import leaves, null when it leaves them as they are
   */
  record Outcome(
      @Nullable ArrayNode after,
      List<RowChange> added,
      List<RowChange> changed,
      List<RowChange> removed,
      int unchanged) {
    Outcome {
      added = List.copyOf(added);
      changed = List.copyOf(changed);
      removed = List.copyOf(removed);
    }

    static final Outcome NONE = new Outcome(null, List.of(), List.of(), List.of(), 0);
  }

  private MaterialsImport() {}

  static Outcome plan(
      JsonNode stored,
      JsonNode file,
      ImportMode mode,
      Set<Integer> fileYears,
      @Nullable String onlySite) {
    if (!file.isArray()) {
      return Outcome.NONE;
    }
    Map<String, List<JsonNode>> next = new LinkedHashMap<>();
    for (JsonNode m : file) {
      next.computeIfAbsent(key(m, onlySite), k -> new ArrayList<>()).add(m);
      fileYears.add(RowDiff.year(m));
    }
    Map<JsonNode, @Nullable JsonNode> replaced = new IdentityHashMap<>();
    List<RowChange> added = new ArrayList<>();
    List<RowChange> changed = new ArrayList<>();
    List<RowChange> removed = new ArrayList<>();
    int unchanged = 0;
    Map<String, List<JsonNode>> scope = new LinkedHashMap<>();
    for (JsonNode m : stored) {
      String key = key(m, onlySite);
      boolean in =
          mode == ImportMode.MERGE ? next.containsKey(key) : fileYears.contains(RowDiff.year(m));
      if (in) {
        scope.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      }
    }
    ArrayNode after = JsonNodeFactory.instance.arrayNode();
    for (Map.Entry<String, List<JsonNode>> e : scope.entrySet()) {
      List<JsonNode> files = new ArrayList<>(next.getOrDefault(e.getKey(), List.of()));
      List<JsonNode> olds = new ArrayList<>();
      for (JsonNode old : e.getValue()) {
        JsonNode same = equal(files, old);
        if (same != null) {
          files.remove(same);
          unchanged++;
        } else {
          olds.add(old);
        }
      }
      for (int i = 0; i < olds.size(); i++) {
        JsonNode n = i < files.size() ? files.get(i) : null;
        replaced.put(olds.get(i), n);
        (n == null ? removed : changed).add(change(olds.get(i), n));
      }
      next.put(e.getKey(), files.subList(Math.min(olds.size(), files.size()), files.size()));
    }
    for (JsonNode m : stored) {
      if (!replaced.containsKey(m)) {
        after.add(m.deepCopy());
      } else if (replaced.get(m) instanceof JsonNode n) {
        after.add(n.deepCopy());
      }
    }
    next.values().forEach(l -> l.forEach(n -> after.add(n.deepCopy())));
    next.values().forEach(l -> l.forEach(n -> added.add(change(null, n))));
    boolean none = added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    return new Outcome(none ? null : after, added, changed, removed, unchanged);
  }

  private static @Nullable JsonNode equal(List<JsonNode> files, JsonNode old) {
    String text = RowDocs.canonical(old);
    for (JsonNode f : files) {
      if (RowDocs.canonical(f).equals(text)) {
        return f;
      }
    }
    return null;
  }

  static String key(JsonNode m, @Nullable String onlySite) {
    String site = m.path("site").asString("");
    if (site.isEmpty() && onlySite != null) {
      site = onlySite;
    }
    return site + "|" + m.path("period").asString("") + "|" + m.path("material").asString("");
  }

  private static RowChange change(@Nullable JsonNode before, @Nullable JsonNode after) {
    JsonNode d = after != null ? after : before;
    return new RowChange(
        KIND,
        null,
        d.path("site").asString(""),
        d.path("period").asString(""),
        d.path("material").asString(""),
        RowTexts.changes(before, after));
  }
}
