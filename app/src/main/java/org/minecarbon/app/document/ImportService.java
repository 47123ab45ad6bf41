package org.minecarbon.app.document;

import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.result.Issue;

/**
 * Document import and export (JSON and XLSX). An import is one transaction: the uploaded bytes are
 * read and fully validated by io (structure, then core's InventoryValidator), and any error means
 * nothing is saved.
 */
public interface ImportService {

  /**
   * Replaces the enterprise's header, sites and rows by the document's.
   *
   * @param fileName decides the format ({@code .json} or {@code .xlsx})
   * @throws InvalidInputException listing every problem with pointer / workbook location
   */
  ImportResult importInto(long enterpriseId, byte[] bytes, String fileName);

  /** Creates a new enterprise in the user's group from a document. */
  ImportResult importNew(byte[] bytes, String fileName);

  /** Every problem of a document (errors and warnings); empty when it is clean. */
  List<Issue> validate(byte[] bytes, String fileName);

  byte[] export(long enterpriseId, ExportFormat format);
}
