package org.minecarbon.app.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportResult;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.RowQuery;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import: io reads and validates the upload (all problems, nothing saved on any error). A new
 * enterprise stores the whole document; an existing one takes the file's rows ({@link RowImport},
 * {@link RowDiff}) in one transaction, its header untouched. Export: io writes the stored inventory
 * as JSON or XLSX.
 */
public class DocumentImportService implements ImportService {
  private final Store store;
  private final Tenancy tenancy;
  private final Libraries libraries;
  private final InventoryService inventories;
  private final PeriodLocks locks;
  private final AuditTrail audit;

  public DocumentImportService(
      Store store,
      Tenancy tenancy,
      Libraries libraries,
      InventoryService inventories,
      PeriodLocks locks,
      AuditTrail audit) {
    this.store = store;
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.inventories = inventories;
    this.locks = locks;
    this.audit = audit;
  }

  @Override
  public ImportPreview preview(long enterpriseId, byte[] bytes, String fileName, ImportMode mode) {
    tenancy.enterprise(enterpriseId);
    return plan(enterpriseId, bytes, fileName, mode, false).preview();
  }

  /**
   * Plans the import again inside the transaction, at the revision the preview was computed on (so
   * the difference written is exactly the one previewed), then writes it: changed rows in place,
   * removed rows deleted, added rows appended, new sites appended, one {@code import} audit entry
   * with the file's SHA-256 and the difference. Nothing is written when nothing changes.
   */
  @Override
  public ImportPreview importRows(
      long enterpriseId,
      byte[] bytes,
      String fileName,
      ImportMode mode,
      @Nullable Long expectedRevision) {
    tenancy.enterprise(enterpriseId);
    return store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          RowImport.Plan plan = plan(enterpriseId, bytes, fileName, mode, true);
          if (expectedRevision != null && expectedRevision != plan.revision()) {
            plan.cancel();
            throw stale(enterpriseId, expectedRevision, plan.revision());
          }
          if (!plan.changes()) {
            return withWritten(plan.preview());
          }
          // beside this thread while it writes: the check of the document the import leaves
          // with its balance, the preview's row lists, then the audit entry's whole text of them
          Future<String> summary =
              Beside.start(
                  "audit", () -> ImportLocks.diffSummary(plan.preview(), bytes).toString());
          boolean done = false;
          try {
            RowWrites.apply(store, enterpriseId, plan, plan.stored());
            // the check's verdict before anything commits: a document with errors (422) rolls
            // the writes back
            Beside.join(plan.balance());
            audit.recordJson(
                enterpriseId,
                "import",
                String.valueOf(enterpriseId),
                "import",
                null,
                Beside.join(summary),
                null);
            done = true;
          } finally {
            if (!done) {
              plan.cancel();
              summary.cancel(true);
            }
          }
          return withWritten(plan.preview());
        });
  }

  /**
   * Plans the import: the upload is read and checked beside this thread (against the enterprise's
   * header and sites only) while this one reads the stored rows.
   *
   * @param checkBeside whether the document the import leaves is checked beside this thread (a
   *     confirmed import, which writes meanwhile) rather than before returning (a preview)
   */
  private RowImport.Plan plan(
      long enterpriseId, byte[] bytes, String fileName, ImportMode mode, boolean checkBeside) {
    long revision = store.inventories().revision(enterpriseId);
    ObjectNode head = store.inventories().skeleton(enterpriseId).orElseThrow();
    FactorLibrary library = libraries.library();
    Future<RowImport.Upload> upload =
        Beside.start("read", () -> RowImport.read(head, bytes, fileName, library));
    List<RowRecord> stored;
    ObjectNode current;
    boolean read = false;
    try {
      // the rows are read once: the current document is assembled from the same list
      stored = store.rows().list(enterpriseId, RowQuery.ALL);
      current = store.inventories().document(enterpriseId, stored).orElseThrow();
      read = true;
    } finally {
      if (!read) {
        upload.cancel(true);
      }
    }
    return RowImport.plan(
        enterpriseId,
        revision,
        current,
        stored,
        Beside.join(upload),
        fileName,
        mode,
        library,
        (ops, newSites, materials) -> {
          ImportLocks.check(locks.frozen(enterpriseId), ops, materials);
          if (!newSites.isEmpty()) {
            locks.requireSiteAddable(enterpriseId);
          }
        },
        checkBeside);
  }

  private static RefusedException stale(long enterpriseId, long expected, long actual) {
    return new RefusedException(
        409,
        Issue.error(
            AppCodes.STALE_VERSION,
            "",
            "enterprise "
                + enterpriseId
                + " changed since the preview (revision "
                + expected
                + ", now "
                + actual
                + "); nothing was imported, preview again",
            String.valueOf(expected),
            String.valueOf(actual)));
  }

  private static ImportPreview withWritten(ImportPreview p) {
    return new ImportPreview(
        p.enterpriseId(),
        p.fileName(),
        p.mode(),
        p.revision(),
        !p.empty(),
        p.added(),
        p.changed(),
        p.removed(),
        p.unchanged(),
        p.sitesAdded(),
        p.balance(),
        p.warnings());
  }

  @Override
  public ImportResult importNew(byte[] bytes, String fileName) {
    long group = tenancy.groupId();
    // the parsed upload, kept for the footprint extensions (the upload is parsed once)
    List<JsonNode> parsed = new ArrayList<>(1);
    Result.Ok<Inventory> ok = load(bytes, fileName, parsed::add);
    ObjectNode tree = InventoryWriter.write(ok.value());
    FootprintExtensions.carry(parsed, fileName, tree);
    parsed.clear();
    // the audit entry's whole text (with the document, serialized and hashed) is made beside this
    // thread while it writes the rows; neither changes the tree
    Future<String> summary =
        Beside.start("audit", () -> ImportLocks.summary(tree, fileName, bytes).toString());
    long id =
        store.inTransaction(
            () -> {
              long created =
                  store.inventories().createEnterprise(group, InventoryRepository.header(tree));
              store.inventories().replaceDocument(created, tree);
              audit.recordJson(
                  created,
                  "import",
                  String.valueOf(created),
                  "import",
                  null,
                  Beside.join(summary),
                  null);
              return created;
            });
    return result(id, ok);
  }

  @Override
  public List<Issue> validate(byte[] bytes, String fileName) {
    return DocumentChecks.load(bytes, fileName, libraries.library()).issues();
  }

  @Override
  public byte[] export(long enterpriseId, ExportFormat format) {
    Inventory inventory = inventories.inventory(enterpriseId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case JSON -> Documents.writeJson(inventory, out);
        case XLSX -> Documents.writeXlsx(inventory, out);
        case XLSX_ZH -> Documents.writeXlsxChinese(inventory, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
    return out.toByteArray();
  }

  private Result.Ok<Inventory> load(
      byte[] bytes, String fileName, java.util.function.Consumer<JsonNode> parsed) {
    Result<Inventory> result = DocumentChecks.load(bytes, fileName, libraries.library(), parsed);
    if (result instanceof Result.Ok<Inventory> ok) {
      return ok;
    }
    throw new InvalidInputException(
        fileName + " has errors; nothing was imported", result.issues());
  }

  private static ImportResult result(long enterpriseId, Result.Ok<Inventory> ok) {
    Inventory inv = ok.value();
    return new ImportResult(
        enterpriseId,
        inv.sites().size(),
        inv.activities().size(),
        inv.sinks().size(),
        inv.production().size(),
        ok.warnings());
  }
}
