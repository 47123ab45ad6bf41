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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportPreview.RowChange;
import org.minecarbon.core.balance.BalanceYear;
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
   * @param revision the enterprise's revision the difference was computed at
   * @param changes whether the import changes anything (rows, sites or materials); nothing is
   *     written otherwise
   * @param ops the operations on the rows in the file's scope
   * @param newSites the file's sites the enterprise lacks, to be appended
   * @param stored the enterprise's rows the difference was computed on
   * @param materials the enterprise's {@code materials[]} after the import, null when unchanged
   * @param lists the preview's added, changed and removed rows with their field texts, being
   *     computed beside the import's thread (so while a confirmed import writes)
   */
  record Plan(
      long revision,
      boolean changes,
      List<RowDiff.Op> ops,
      List<ObjectNode> newSites,
      List<RowRecord> stored,
      @Nullable ArrayNode materials,
      Future<Lists> lists,
      Future<List<ImportPreview.YearChange>> balance,
      PreviewHead head) {
    /**
     * The preview; waits for its row lists and for the check of the document the import leaves.
     *
     * @throws InvalidInputException when that document has errors
     */
    ImportPreview preview() {
      List<ImportPreview.YearChange> b = Beside.join(balance);
      Lists l = Beside.join(lists);
      return new ImportPreview(
          head.enterpriseId(),
          head.fileName(),
          head.mode(),
          revision,
          false,
          l.added(),
          l.changed(),
          l.removed(),
          l.unchanged(),
          head.sitesAdded(),
          b,
          head.warnings());
    }

    /** Stops the work beside that has not finished (the import was refused or failed). */
    void cancel() {
      balance.cancel(true);
      lists.cancel(true);
    }
  }

  /** What the preview says besides its row lists. */
  record PreviewHead(
      long enterpriseId,
      String fileName,
      ImportMode mode,
      List<String> sitesAdded,
      List<org.minecarbon.core.result.Issue> warnings) {}

  /** The preview's row lists. */
  record Lists(
      List<RowChange> added, List<RowChange> changed, List<RowChange> removed, int unchanged) {}

  /**
   * The upload, read and checked with the enterprise's own header and sites in place of the file's,
   * and written back as the canonical tree rows are stored as.
   *
   * @param newSites the file's sites the enterprise lacks
   * @param json whether the upload is a JSON document (whose footprint extensions {@code file}
   *     carries)
   */
  record Upload(
      Result.Ok<Inventory> read, ObjectNode file, List<ObjectNode> newSites, boolean json) {}

  /** The lock rules, checked on the difference before the result is validated. */
  interface Guard {
    void check(List<RowDiff.Op> ops, List<ObjectNode> newSites, MaterialsImport.Outcome materials);
  }

  private RowImport() {}

  /**
   * Reads and checks the upload against the enterprise's header and sites ({@code head}: its
   * document without rows), which needs none of the stored rows: a large import does this beside
   * reading them.
   *
   * @throws InvalidInputException with every problem of the file
   */
  static Upload read(ObjectNode head, byte[] bytes, String fileName, FactorLibrary library) {
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
              overlay(tree, head, newSites);
            });
    if (!(read instanceof Result.Ok<Inventory> ok)) {
      throw new InvalidInputException(
          fileName + " has errors; nothing was imported", read.issues());
    }
    ObjectNode file = InventoryWriter.write(ok.value());
    // the footprint extensions: price on production rows and materials[] (JSON files only)
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json") && !parsed.isEmpty();
    if (json) {
      FootprintExtensions.carry(parsed.get(0), file);
    }
    return new Upload(ok, file, newSites, json);
  }

  /**
   * Plans the import of a read upload: the difference against the stored rows, the lock rules, the
   * document it leaves validated as a whole, and the balance before and after. When something
   * changes, the balance before and then the preview's row lists are computed beside this thread,
   * and the document the import leaves is built, validated and balanced either on this thread
   * ({@code checkBeside} false: a preview) or beside it ({@code checkBeside} true: a confirmed
   * import, whose thread writes meanwhile and must join {@link Plan#balance} before it commits).
   *
   * @throws InvalidInputException when the document the import leaves has errors (on this thread
   *     only without {@code checkBeside}; otherwise when {@link Plan#balance} is joined)
   */
  static Plan plan(
      long enterpriseId,
      long revision,
      ObjectNode current,
      List<RowRecord> stored,
      Upload upload,
      String fileName,
      ImportMode mode,
      FactorLibrary library,
      Guard guard,
      boolean checkBeside) {
    ObjectNode file = upload.file();
    ArrayNode sites = (ArrayNode) file.get("sites");
    String onlySite = sites.size() == 1 ? sites.get(0).path("id").asString() : null;
    if (!upload.json()) {
      FootprintExtensions.keepStoredPrices(file, stored, onlySite);
    }
    List<RowDiff.Op> ops = RowDiff.diff(stored, rowsOf(file), mode, onlySite);
    MaterialsImport.Outcome materials =
        MaterialsImport.plan(
            current.path("materials"), file.path("materials"), mode, years(file), onlySite);
    List<ObjectNode> newSites = upload.newSites();
    guard.check(ops, newSites, materials);
    List<String> sitesAdded = newSites.stream().map(s -> s.path("id").asString()).toList();
    PreviewHead head =
        new PreviewHead(enterpriseId, fileName, mode, sitesAdded, upload.read().warnings());
    if (nothingChanges(ops, newSites, materials)) {
      // an import that changes nothing leaves the stored inventory (validated when it was
      // written): the merged document is neither built nor validated again, no balance computed
      return new Plan(
          revision,
          false,
          ops,
          newSites,
          stored,
          materials.after(),
          CompletableFuture.completedFuture(lists(ops, materials)),
          CompletableFuture.completedFuture(List.of()),
          head);
    }
    FutureTask<Map<Integer, BalanceYear>> before =
        new FutureTask<>(() -> BalanceChange.years(DocumentChecks.read(current), library));
    FutureTask<Lists> lists = new FutureTask<>(() -> lists(ops, materials));
    Beside.startInOrder("plan", before, lists);
    FutureTask<List<ImportPreview.YearChange>> balance =
        new FutureTask<>(
            () -> {
              boolean checked = false;
              try {
                Result.Ok<Inventory> after =
                    checkedAfter(current, sites, stored, ops, materials, fileName, library);
                // validated just now: the balance after takes that validation instead of
                // repeating it
                Map<Integer, BalanceYear> afterYears =
                    BalanceChange.years(after.value(), after.warnings(), library);
                List<ImportPreview.YearChange> change =
                    BalanceChange.of(Beside.join(before), afterYears);
                checked = true;
                return change;
              } finally {
                if (!checked) {
                  // refused (e.g. 422): the work beside is not needed; what has not started
                  // never runs
                  before.cancel(true);
                  lists.cancel(true);
                }
              }
            });
    Plan plan =
        new Plan(revision, true, ops, newSites, stored, materials.after(), lists, balance, head);
    if (checkBeside) {
      Beside.startInOrder("check", balance);
    } else {
      balance.run();
      Beside.join(balance); // throws what the check threw (422) on this thread
    }
    return plan;
  }

  private static Lists lists(List<RowDiff.Op> ops, MaterialsImport.Outcome materials) {
    return new Lists(
        concat(changes(ops, RowDiff.Add.class), materials.added()),
        concat(changes(ops, RowDiff.Change.class), materials.changed()),
        concat(changes(ops, RowDiff.Remove.class), materials.removed()),
        (int) ops.stream().filter(o -> o instanceof RowDiff.Keep).count() + materials.unchanged());
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
  private static Result.Ok<Inventory> checkedAfter(
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
    return after;
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
    // the header copied field by field: the row arrays are rebuilt below (a deep copy of the whole
    // document would copy every stored row only to drop it)
    ObjectNode doc = current.objectNode();
    for (var field : current.properties()) {
      if (!isRowArray(field.getKey())) {
        doc.set(field.getKey(), field.getValue().deepCopy());
      }
    }
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

  private static boolean isRowArray(String field) {
    for (RowKind kind : RowKind.values()) {
      if (kind.arrayName().equals(field)) {
        return true;
      }
    }
    return false;
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
