package org.minecarbon.app.document.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportPreview.RowChange;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans a row import: reads the file with the enterprise's own header and sites in place of the
 * file's (a row import never changes the header), diffs its rows against the stored ones ({@link
 * RowDiff}), and checks and balances the document the import would leave.
 */
final class RowImport {
  /**
   * A planned import.
   *
   * @param ops the operations on the rows in the file's scope
   * @param newSites the file's sites the enterprise lacks, to be appended
   * @param after the inventory the import leaves; null when the import changes nothing
   * @param stored the enterprise's rows the difference was computed on
   * @param materials the enterprise's {@code materials[]} after the import, null when unchanged
   */
  record Plan(
      ImportPreview preview,
      List<RowDiff.Op> ops,
      List<ObjectNode> newSites,
      @Nullable Inventory after,
      List<RowRecord> stored,
      @Nullable ArrayNode materials) {}

  /** The lock rules, checked on the difference before the result is validated. */
  interface Guard {
    void check(List<RowDiff.Op> ops, List<ObjectNode> newSites, MaterialsImport.Outcome materials);
  }

  private RowImport() {}

  static Plan plan(
      long enterpriseId,
      long revision,
      ObjectNode current,
      List<RowRecord> stored,
      byte[] bytes,
      String fileName,
      ImportMode mode,
      FactorLibrary library,
      Guard guard) {
    List<ObjectNode> newSites = new ArrayList<>();
    // the parsed upload, kept for the footprint extensions (the upload is parsed once)
    List<ObjectNode> parsed = new ArrayList<>(1);
    Result<Inventory> read =
        Documents.loadRows(
            new ByteArrayInputStream(bytes),
            DocumentChecks.safeName(fileName),
            library,
            tree -> {
              parsed.add(tree);
              overlay(tree, current, newSites);
            });
    if (!(read instanceof Result.Ok<Inventory> ok)) {
      throw new InvalidInputException(
          fileName + " has errors; nothing was imported", read.issues());
    }
    ObjectNode file = InventoryWriter.write(ok.value());
    ArrayNode sites = (ArrayNode) file.get("sites");
    String onlySite = sites.size() == 1 ? sites.get(0).path("id").asString() : null;
    // the footprint extensions: price on production rows and materials[] (JSON files only)
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json") && !parsed.isEmpty();
    if (json) {
      FootprintExtensions.carry(parsed.get(0), file);
    } else {
      FootprintExtensions.keepStoredPrices(file, stored, onlySite);
    }
    List<RowDiff.Op> ops = RowDiff.diff(stored, rowsOf(file), mode, onlySite);
    MaterialsImport.Outcome materials =
        MaterialsImport.plan(
            current.path("materials"), file.path("materials"), mode, years(file), onlySite);
    guard.check(ops, newSites, materials);
    boolean nothing = nothingChanges(ops, newSites, materials);
    // an import that changes nothing leaves the stored inventory (validated when it was written):
    // the merged document is neither built nor validated again
    @Nullable Inventory after =
        nothing ? null : checkedAfter(current, sites, stored, ops, materials, fileName, library);
    ImportPreview preview =
        new ImportPreview(
            enterpriseId,
            fileName,
            mode,
            revision,
            false,
            concat(changes(ops, RowDiff.Add.class), materials.added()),
            concat(changes(ops, RowDiff.Change.class), materials.changed()),
            concat(changes(ops, RowDiff.Remove.class), materials.removed()),
            (int) ops.stream().filter(o -> o instanceof RowDiff.Keep).count()
                + materials.unchanged(),
            newSites.stream().map(s -> s.path("id").asString()).toList(),
            after == null ? List.of() : balance(current, after, library),
            ok.warnings());
    return new Plan(preview, ops, newSites, after, stored, materials.after());
  }

  /**
   * Whether the import leaves the stored inventory as it is (every row kept, no site, no material
   * change): then the balance before equals the balance after and is not computed twice.
   */
  private static boolean nothingChanges(
      List<RowDiff.Op> ops, List<ObjectNode> newSites, MaterialsImport.Outcome materials) {
    return newSites.isEmpty()
        && materials.added().isEmpty()
        && materials.changed().isEmpty()
        && materials.removed().isEmpty()
        && ops.stream().allMatch(o -> o instanceof RowDiff.Keep);
  }

  /** The document the import leaves, validated as a whole (422 on any error). */
  private static Inventory checkedAfter(
      ObjectNode current,
      ArrayNode sites,
      List<RowRecord> stored,
      List<RowDiff.Op> ops,
      MaterialsImport.Outcome materials,
      String fileName,
      FactorLibrary library) {
    ObjectNode merged = merged(current, sites, stored, ops);
    if (materials.after() != null) {
      merged.set("materials", materials.after());
    }
    Result<Inventory> checked = DocumentChecks.check(merged, library);
    if (!(checked instanceof Result.Ok<Inventory> after)) {
      throw new InvalidInputException(
          fileName + " would leave the inventory with errors; nothing was imported",
          checked.errors());
    }
    return after.value();
  }

  private static List<ImportPreview.YearChange> balance(
      ObjectNode current, Inventory after, FactorLibrary library) {
    // structure only: an enterprise without rows yet (EMPTY_DOCUMENT) has an empty balance before
    Inventory before = DocumentChecks.read(current);
    return BalanceChange.of(before, after, library);
  }

  /** The enterprise's format, header and sites in the file's tree; the file's new sites kept. */
  private static void overlay(ObjectNode tree, ObjectNode current, List<ObjectNode> newSites) {
    Set<String> known = new HashSet<>();
    ArrayNode sites = tree.arrayNode();
    for (JsonNode s : current.path("sites")) {
      known.add(s.path("id").asString(""));
      sites.add(s.deepCopy());
    }
    for (JsonNode s : tree.path("sites")) {
      if (s instanceof ObjectNode o && known.add(s.path("id").asString(""))) {
        sites.add(o);
        newSites.add(o);
      }
    }
    for (String field : List.of("format", "enterprise", "settings")) {
      tree.remove(field);
      if (current.has(field)) {
        tree.set(field, current.get(field).deepCopy());
      }
    }
    tree.set("sites", sites);
  }

  /** The years the file has a row in. */
  private static Set<Integer> years(ObjectNode file) {
    Set<Integer> years = new HashSet<>();
    for (RowKind kind : RowKind.values()) {
      file.path(kind.arrayName()).forEach(r -> years.add(RowDiff.year(r)));
    }
    return years;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<RowKind, List<ObjectNode>> rowsOf(ObjectNode doc) {
    Map<RowKind, List<ObjectNode>> out = new EnumMap<>(RowKind.class);
    for (RowKind kind : RowKind.values()) {
      List<ObjectNode> rows = new ArrayList<>();
      doc.path(kind.arrayName()).forEach(r -> rows.add((ObjectNode) r));
      out.put(kind, rows);
    }
    return out;
  }

  /**
   * The document the import leaves: the enterprise's header, the sites with the new ones, and per
   * kind the stored rows in stored order (changed ones in place, removed ones dropped), then the
   * added rows in file order.
   */
  static ObjectNode merged(
      ObjectNode current, ArrayNode sites, List<RowRecord> stored, List<RowDiff.Op> ops) {
    ObjectNode doc = current.deepCopy();
    doc.set("sites", sites.deepCopy());
    Map<Long, RowDiff.Op> byRow = new HashMap<>();
    for (RowDiff.Op op : ops) {
      Long id = rowId(op);
      if (id != null) {
        byRow.put(id, op);
      }
    }
    for (RowKind kind : RowKind.values()) {
      ArrayNode rows = doc.putArray(kind.arrayName());
      for (RowRecord r : stored) {
        if (r.kind() == kind) {
          switch (byRow.get(r.id())) {
            case RowDiff.Change c -> rows.add(c.next());
            case RowDiff.Remove x -> {}
            case null, default -> rows.add(r.doc());
          }
        }
      }
      for (RowDiff.Op op : ops) {
        if (op instanceof RowDiff.Add a && a.kind() == kind) {
          rows.add(a.next());
        }
      }
    }
    return doc;
  }

  static @Nullable Long rowId(RowDiff.Op op) {
    return switch (op) {
      case RowDiff.Keep k -> k.row().id();
      case RowDiff.Change c -> c.row().id();
      case RowDiff.Remove r -> r.row().id();
      case RowDiff.Add a -> null;
    };
  }

  private static List<RowChange> changes(List<RowDiff.Op> ops, Class<? extends RowDiff.Op> type) {
    List<RowChange> out = new ArrayList<>();
    for (RowDiff.Op op : ops) {
      if (type.isInstance(op)) {
        out.add(change(op));
      }
    }
    return out;
  }

  static RowChange change(RowDiff.Op op) {
    return switch (op) {
      case RowDiff.Add a -> row(a.kind(), null, a.next(), null, a.next());
      case RowDiff.Change c -> row(c.kind(), c.row().id(), c.next(), c.row().doc(), c.next());
      case RowDiff.Remove r -> row(r.kind(), r.row().id(), r.row().doc(), r.row().doc(), null);
      case RowDiff.Keep k ->
          row(k.kind(), k.row().id(), k.row().doc(), k.row().doc(), k.row().doc());
    };
  }

  private static RowChange row(
      RowKind kind,
      @Nullable Long id,
      JsonNode doc,
      @Nullable JsonNode before,
      @Nullable JsonNode after) {
    return new RowChange(
        kind.code(),
        id,
        doc.path("site").asString(""),
        doc.path("period").asString(""),
        RowDiff.what(kind, doc),
        RowTexts.changes(before, after));
  }
}
