package org.minecarbon.app.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportResult;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import: io reads and validates the upload (all problems, nothing saved on any error); the
 * validated inventory is written back to a document tree by io and stored in one transaction.
 * Export: io writes the stored inventory as JSON or XLSX.
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

  /**
   * Replaces the document in one transaction. While years are not drafts, the import is refused
   * (409, nothing changed) when it would change the header, the sites or any row of such a year.
   * The audit trail gets one {@code import} entry (file name, SHA-256 of the upload, counts) rather
   * than one per row: an import replaces the whole document and its rows get new ids.
   */
  @Override
  public ImportResult importInto(long enterpriseId, byte[] bytes, String fileName) {
    tenancy.enterprise(enterpriseId);
    Result.Ok<Inventory> ok = load(bytes, fileName);
    ObjectNode tree = InventoryWriter.write(ok.value());
    FootprintExtensions.carry(bytes, fileName, tree);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          ObjectNode current = store.inventories().document(enterpriseId).orElseThrow();
          ImportLocks.check(locks.frozen(enterpriseId), current, tree);
          store.inventories().replaceDocument(enterpriseId, tree);
          audit.record(
              enterpriseId,
              "import",
              String.valueOf(enterpriseId),
              "import",
              ImportLocks.summary(current, null, null),
              ImportLocks.summary(tree, fileName, bytes),
              null);
        });
    return result(enterpriseId, ok);
  }

  @Override
  public ImportResult importNew(byte[] bytes, String fileName) {
    long group = tenancy.groupId();
    Result.Ok<Inventory> ok = load(bytes, fileName);
    ObjectNode tree = InventoryWriter.write(ok.value());
    FootprintExtensions.carry(bytes, fileName, tree);
    long id =
        store.inTransaction(
            () -> {
              long created =
                  store.inventories().createEnterprise(group, InventoryRepository.header(tree));
              store.inventories().replaceDocument(created, tree);
              audit.record(
                  created,
                  "import",
                  String.valueOf(created),
                  "import",
                  null,
                  ImportLocks.summary(tree, fileName, bytes),
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
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
    return out.toByteArray();
  }

  private Result.Ok<Inventory> load(byte[] bytes, String fileName) {
    Result<Inventory> result = DocumentChecks.load(bytes, fileName, libraries.library());
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
