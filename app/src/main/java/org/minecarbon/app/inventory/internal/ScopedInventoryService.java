package org.minecarbon.app.inventory.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * The site scope of rows (see {@link Tenancy}) around {@link StoreInventoryService}: what every
 * caller of {@link InventoryService} gets. Rows of sites outside the user's scope are unknown (404)
 * or refused for changes (403); the inventory read for results is the {@link Tenancy#visible
 * visible} document.
 */
public class ScopedInventoryService implements InventoryService {
  private final StoreInventoryService delegate;
  private final Tenancy tenancy;
  private final Libraries libraries;

  public ScopedInventoryService(
      StoreInventoryService delegate, Tenancy tenancy, Libraries libraries) {
    this.delegate = delegate;
    this.tenancy = tenancy;
    this.libraries = libraries;
  }

  @Override
  public List<RowView> rows(long enterpriseId, RowFilter filter) {
    return delegate.rows(enterpriseId, filter).stream()
        .filter(r -> tenancy.siteVisible(enterpriseId, r.site()))
        .toList();
  }

  @Override
  public RowView row(long enterpriseId, long rowId) {
    RowView row = delegate.row(enterpriseId, rowId);
    if (!tenancy.siteVisible(enterpriseId, row.site())) {
      throw new NotFoundException("row", rowId);
    }
    return row;
  }

  @Override
  public RowView addRow(long enterpriseId, RowKind kind, ObjectNode doc) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireSite(enterpriseId, site(doc));
    return delegate.addRow(enterpriseId, kind, doc);
  }

  @Override
  public RowView updateRow(
      long enterpriseId, long rowId, ObjectNode doc, @Nullable Long expectedVersion) {
    tenancy.requireSite(enterpriseId, row(enterpriseId, rowId).site());
    tenancy.requireSite(enterpriseId, site(doc));
    return delegate.updateRow(enterpriseId, rowId, doc, expectedVersion);
  }

  @Override
  public void deleteRow(long enterpriseId, long rowId) {
    tenancy.requireSite(enterpriseId, row(enterpriseId, rowId).site());
    delegate.deleteRow(enterpriseId, rowId);
  }

  @Override
  public void applyAll(long enterpriseId, List<RowChange> changes) {
    tenancy.enterprise(enterpriseId);
    for (RowChange c : changes) {
      switch (c) {
        case RowChange.Add a -> tenancy.requireSite(enterpriseId, site(a.doc()));
        case RowChange.Update u -> {
          tenancy.requireSite(enterpriseId, row(enterpriseId, u.rowId()).site());
          tenancy.requireSite(enterpriseId, site(u.doc()));
        }
        case RowChange.Delete d ->
            tenancy.requireSite(enterpriseId, row(enterpriseId, d.rowId()).site());
      }
    }
    delegate.applyAll(enterpriseId, changes);
  }

  @Override
  public List<Integer> years(long enterpriseId) {
    return delegate.years(enterpriseId);
  }

  @Override
  public void openPeriod(long enterpriseId, int year) {
    delegate.openPeriod(enterpriseId, year);
  }

  @Override
  public ObjectNode document(long enterpriseId) {
    return tenancy.visibleDocument(enterpriseId, delegate.document(enterpriseId));
  }

  @Override
  public Inventory inventory(long enterpriseId) {
    return checked(enterpriseId).inventory();
  }

  /**
   * The whole stored inventory read once, scoped to the user's sites on core's records, then
   * validated once (so rows of other sites neither show nor block the user's results).
   */
  @Override
  public DocumentChecks.Checked checked(long enterpriseId) {
    FactorLibrary library = libraries.library();
    Inventory read = DocumentChecks.read(delegate.document(enterpriseId));
    return DocumentChecks.validated(tenancy.visible(enterpriseId, read), library);
  }

  private static @Nullable String site(ObjectNode doc) {
    return doc.get("site") != null && doc.get("site").isString()
        ? doc.get("site").asString()
        : null;
  }
}
