package org.minecarbon.app.inventory;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inventory rows of an enterprise (per period and site). A row is its inventory-document object;
 * adding or changing one validates it in the context of the whole enterprise (its sites, settings
 * and factor set), with the same codes and pointers as the CLI.
 */
public interface InventoryService {

  List<RowView> rows(long enterpriseId, RowFilter filter);

  RowView row(long enterpriseId, long rowId);

  /**
   * @throws InvalidInputException when the row (in the enterprise's document) has errors
   */
  RowView addRow(long enterpriseId, RowKind kind, ObjectNode doc);

  /**
   * @param expectedVersion the version the user edited, or null to overwrite
   * @throws InvalidInputException when the row has errors
   * @throws org.minecarbon.store.StaleVersionException when someone changed the row meanwhile
   */
  RowView updateRow(long enterpriseId, long rowId, ObjectNode doc, @Nullable Long expectedVersion);

  void deleteRow(long enterpriseId, long rowId);

  /**
   * Applies every change in one transaction, or none: all rows are checked first and every issue of
   * every change is reported, its pointer prefixed with {@code /changes/<index>}.
   *
   * @throws InvalidInputException when any change has errors (nothing is written)
   * @throws org.minecarbon.store.StaleVersionException when a row changed meanwhile (rolled back)
   */
  void applyAll(long enterpriseId, List<RowChange> changes);

  /** The years with data or an opened reporting period, ascending. */
  List<Integer> years(long enterpriseId);

  /**
   * Opens a reporting period (a year to enter data for) so that it is listed before it has rows.
   *
   * @throws InvalidInputException for a year outside 1900–2200
   */
  void openPeriod(long enterpriseId, int year);

  /** The enterprise's whole document as a tree (what an export writes as JSON). */
  ObjectNode document(long enterpriseId);

  /**
   * The enterprise's inventory, read through io's document reader.
   *
   * @throws InvalidInputException when the stored document no longer reads (e.g. a site was deleted
   *     that rows refer to)
   */
  Inventory inventory(long enterpriseId);

  /**
   * The enterprise's inventory as the user may see it, read and validated once, with the validation
   * warnings (what the balance needs to avoid validating again).
   *
   * @throws InvalidInputException when the stored document no longer reads
   */
  DocumentChecks.Checked checked(long enterpriseId);
}
