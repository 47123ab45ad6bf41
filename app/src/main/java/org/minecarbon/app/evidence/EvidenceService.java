package org.minecarbon.app.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.RefusedException;

/**
 * Evidence files (invoices, meter readings, lab assays) attached to rows. Uploads are limited in
 * size and type (checked by extension and content), stored with their SHA-256, and verified against
 * it on download. Every call checks the enterprise against the user's tenant (404).
 */
public interface EvidenceService {
  /** Files attached to a row (404 for an unknown row). */
  List<EvidenceView> list(long enterpriseId, long rowId);

  /** Every file of the enterprise, including those whose row is gone. */
  List<EvidenceView> listAll(long enterpriseId);

  EvidenceView get(long enterpriseId, long evidenceId);

  /**
   * Checks and stores an upload (recorded in the audit trail, with the reason if given).
   *
   * @throws RefusedException when too large, empty or of a type that is not allowed
   */
  EvidenceView upload(
      long enterpriseId, long rowId, EvidenceUpload upload, @Nullable String reason);

  /**
   * The file with its content.
   *
   * @throws RefusedException when the stored content does not match its checksum
   */
  EvidenceFile download(long enterpriseId, long evidenceId);

  /** Deletes a file (recorded in the audit trail, with the reason if given). */
  void delete(long enterpriseId, long evidenceId, @Nullable String reason);

  /** The configured size limit in bytes. */
  long maxBytes();
}
