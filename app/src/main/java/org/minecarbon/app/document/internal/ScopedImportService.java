package org.minecarbon.app.document.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportResult;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.core.result.Issue;

/**
 * The scope (see {@link Tenancy}) around {@link DocumentImportService}: an import works on a whole
 * enterprise (or creates one), so it is refused (403) for users limited to some sites or
 * enterprises; the export holds only what the user sees (the scoped inventory).
 */
public class ScopedImportService implements ImportService {
  private final DocumentImportService delegate;
  private final Tenancy tenancy;

  public ScopedImportService(DocumentImportService delegate, Tenancy tenancy) {
    this.delegate = delegate;
    this.tenancy = tenancy;
  }

  @Override
  public ImportPreview preview(long enterpriseId, byte[] bytes, String fileName, ImportMode mode) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "an import");
    return delegate.preview(enterpriseId, bytes, fileName, mode);
  }

  @Override
  public ImportPreview importRows(
      long enterpriseId,
      byte[] bytes,
      String fileName,
      ImportMode mode,
      @Nullable Long expectedRevision) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "an import");
    return delegate.importRows(enterpriseId, bytes, fileName, mode, expectedRevision);
  }

  @Override
  public ImportResult importNew(byte[] bytes, String fileName) {
    tenancy.requireWholeGroup("an import as a new enterprise");
    return delegate.importNew(bytes, fileName);
  }

  @Override
  public List<Issue> validate(byte[] bytes, String fileName) {
    return delegate.validate(bytes, fileName);
  }

  @Override
  public byte[] export(long enterpriseId, ExportFormat format) {
    return delegate.export(enterpriseId, format);
  }
}
