package org.minecarbon.app.document;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.result.Issue;

/**
 * Document import and export (JSON and XLSX). An import is one transaction: the uploaded bytes are
 * read and fully validated by io (structure, then core's InventoryValidator), and any error means
 * nothing is saved. Importing into an existing enterprise imports rows ({@link ImportMode}) and can
 * be previewed first ({@link ImportPreview}).
 */
public interface ImportService {

  /**
   * The difference importing the document's rows would make, without writing anything: rows added,
   * changed (field by field) and removed, and the balance before and after. The enterprise's header
   * (name, settings) is never taken from the file; the file's sites the enterprise lacks are added.
   *
   * @param fileName decides the format ({@code .json} or {@code .xlsx})
   * @throws InvalidInputException listing every problem with pointer / workbook location
   * @throws org.minecarbon.app.RefusedException 409 {@code PERIOD_LOCKED} when the difference
   *     touches a year that is not a draft, listing the rows
   */
  ImportPreview preview(long enterpriseId, byte[] bytes, String fileName, ImportMode mode);

  /**
   * Writes the difference {@link #preview} shows, in one transaction; rows the file leaves
   * unchanged keep their ids, evidence and history, and an import that changes nothing writes
   * nothing (also into a locked year).
   *
   * @param expectedRevision the revision of the preview being confirmed, or null to import without
   *     one
   * @throws org.minecarbon.app.RefusedException 409 {@code STALE_VERSION} when the enterprise
   *     changed since the preview (nothing written; preview again), 409 {@code PERIOD_LOCKED}
   */
  ImportPreview importRows(
      long enterpriseId,
      byte[] bytes,
      String fileName,
      ImportMode mode,
      @Nullable Long expectedRevision);

  /** Creates a new enterprise in the user's group from a document. */
  ImportResult importNew(byte[] bytes, String fileName);

  /** Every problem of a document (errors and warnings); empty when it is clean. */
  List<Issue> validate(byte[] bytes, String fileName);

  byte[] export(long enterpriseId, ExportFormat format);
}
