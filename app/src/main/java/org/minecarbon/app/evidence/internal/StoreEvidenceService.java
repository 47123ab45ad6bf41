package org.minecarbon.app.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.evidence.EvidenceFile;
import org.minecarbon.app.evidence.EvidenceService;
import org.minecarbon.app.evidence.EvidenceUpload;
import org.minecarbon.app.evidence.EvidenceView;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.evidence.EvidenceRecord;
import org.minecarbon.store.evidence.NewEvidence;
import org.minecarbon.store.inventory.RowRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evidence files in the store; size, type and checksum rules live here. Uploads and deletes are
 * recorded through {@link AuditTrail} in the same transaction.
 */
public class StoreEvidenceService implements EvidenceService {
  private static final System.Logger LOG = System.getLogger(StoreEvidenceService.class.getName());

  private final Store store;
  private final Tenancy tenancy;
  private final PeriodLocks locks;
  private final AuditTrail audit;
  private final long maxBytes;

  /**
   * @param maxBytes the largest evidence file accepted, in bytes
   */
  public StoreEvidenceService(
      Store store, Tenancy tenancy, PeriodLocks locks, AuditTrail audit, long maxBytes) {
    this.store = store;
    this.tenancy = tenancy;
    this.locks = locks;
    this.audit = audit;
    this.maxBytes = maxBytes;
  }

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public List<EvidenceView> list(long enterpriseId, long rowId) {
    row(enterpriseId, rowId);
    return store.evidence().listByRow(enterpriseId, rowId).stream()
        .map(StoreEvidenceService::view)
        .toList();
  }

  @Override
  public List<EvidenceView> listAll(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store.evidence().listByEnterprise(enterpriseId).stream()
        .filter(e -> tenancy.rowVisible(enterpriseId, e.rowId())) // site scope (access)
        .map(StoreEvidenceService::view)
        .toList();
  }

  @Override
  public EvidenceView get(long enterpriseId, long evidenceId) {
    tenancy.enterprise(enterpriseId);
    return view(record(enterpriseId, evidenceId));
  }

  @Override
  public EvidenceView upload(
      long enterpriseId, long rowId, EvidenceUpload upload, @Nullable String reason) {
    RowRecord row = row(enterpriseId, rowId);
    tenancy.requireSite(enterpriseId, row.site()); // site scope (access)
    String name = EvidenceTypes.cleanName(upload.fileName());
    if (name.isEmpty()) {
      throw EvidenceTypes.reject(
          400, AppCodes.EVIDENCE_EMPTY, "the upload has no file name", "", "a name");
    }
    checkSize(upload.size());
    byte[] content = read(upload);
    checkSize(content.length);
    if (content.length == 0) {
      throw EvidenceTypes.reject(
          400, AppCodes.EVIDENCE_EMPTY, "the file is empty", name, "a non-empty file");
    }
    EvidenceTypes.Type type = EvidenceTypes.check(name, content);
    String note = EvidenceTypes.note(upload.note());
    NewEvidence file =
        new NewEvidence(
            enterpriseId,
            rowId,
            row.key(),
            name,
            type.contentType(),
            EvidenceTypes.sha256(content),
            content,
            actor(),
            note);
    return store.inTransaction(
        () -> {
          EvidenceView v = view(record(enterpriseId, store.evidence().add(file)));
          audit(enterpriseId, v, "create", null, tree(v), reason);
          return v;
        });
  }

  @Override
  public EvidenceFile download(long enterpriseId, long evidenceId) {
    tenancy.enterprise(enterpriseId);
    EvidenceRecord meta = record(enterpriseId, evidenceId);
    byte[] content =
        store
            .evidence()
            .content(enterpriseId, evidenceId)
            .orElseThrow(() -> new NotFoundException("evidence file", evidenceId));
    String actual = EvidenceTypes.sha256(content);
    if (!actual.equals(meta.sha256())) {
      LOG.log(
          System.Logger.Level.ERROR,
          "evidence file {0} of enterprise {1} is corrupt: stored sha256 {2}, content has {3}",
          evidenceId,
          enterpriseId,
          meta.sha256(),
          actual);
      throw EvidenceTypes.reject(
          409,
          AppCodes.EVIDENCE_CORRUPT,
          "evidence file is corrupt: its content no longer matches the checksum taken on upload",
          actual,
          meta.sha256());
    }
    return new EvidenceFile(view(meta), content);
  }

  @Override
  public void delete(long enterpriseId, long evidenceId, @Nullable String reason) {
    tenancy.enterprise(enterpriseId);
    store.inTransaction(
        () -> {
          EvidenceView v = view(record(enterpriseId, evidenceId));
          requireDraftRow(enterpriseId, v.rowId());
          if (!store.evidence().delete(enterpriseId, evidenceId)) {
            throw new NotFoundException("evidence file", evidenceId);
          }
          audit(enterpriseId, v, "delete", tree(v), null, reason);
        });
  }

  /**
   * Evidence of a row in a year that is not a draft (submitted, reviewed, verified) is part of what
   * was signed off: it cannot be removed. Adding evidence stays allowed (it changes no figure and
   * is audited), so a reviewer or verifier can ask for more support.
   */
  private void requireDraftRow(long enterpriseId, @Nullable Long rowId) {
    locks.lock(enterpriseId);
    @Nullable RowRecord row =
        rowId == null ? null : store.rows().get(enterpriseId, rowId).orElse(null);
    // site scope: evidence of enterprise-level or detached rows is read-only for site-limited users
    tenancy.requireSite(enterpriseId, row == null ? null : row.site());
    if (row != null) {
      locks.requireDraft(enterpriseId, row.year());
    }
  }

  /** Entity "evidence": the metadata (never the content; the checksum identifies it). */
  private void audit(
      long enterpriseId,
      EvidenceView v,
      String action,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String reason) {
    audit.record(enterpriseId, "evidence", Long.toString(v.id()), action, before, after, reason);
  }

  private static JsonNode tree(EvidenceView v) {
    ObjectNode o = JsonCodec.mapper().createObjectNode();
    o.put("id", v.id());
    if (v.rowId() != null) {
      o.put("rowId", v.rowId());
    }
    o.put("rowKey", v.rowKey());
    o.put("name", v.name());
    o.put("type", v.type());
    o.put("size", v.size());
    o.put("sha256", v.sha256());
    o.put("uploadedBy", v.uploadedBy());
    o.put("note", v.note());
    return o;
  }

  private RowRecord row(long enterpriseId, long rowId) {
    tenancy.enterprise(enterpriseId);
    return store
        .rows()
        .get(enterpriseId, rowId)
        .filter(r -> tenancy.siteVisible(enterpriseId, r.site())) // site scope (access)
        .orElseThrow(() -> new NotFoundException("row", rowId));
  }

  private EvidenceRecord record(long enterpriseId, long evidenceId) {
    return store
        .evidence()
        .get(enterpriseId, evidenceId)
        .filter(e -> tenancy.rowVisible(enterpriseId, e.rowId())) // site scope (access)
        .orElseThrow(() -> new NotFoundException("evidence file", evidenceId));
  }

  private void checkSize(long size) {
    if (size > maxBytes) {
      throw EvidenceTypes.reject(
          413,
          AppCodes.EVIDENCE_TOO_LARGE,
          "the evidence file is too large: at most "
              + maxBytes / (1024 * 1024)
              + " MB ("
              + maxBytes
              + " bytes) are allowed",
          Long.toString(size),
          "at most " + maxBytes + " bytes");
    }
  }

  /** Reads at most one byte more than allowed, so a lying size header cannot exhaust memory. */
  private byte[] read(EvidenceUpload upload) {
    try (InputStream in = upload.content().open()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload", e);
    }
  }

  private String actor() {
    return tenancy.actor().name();
  }

  static EvidenceView view(EvidenceRecord r) {
    return new EvidenceView(
        r.id(),
        r.rowId(),
        r.rowKey(),
        r.fileName(),
        r.contentType(),
        r.sizeBytes(),
        r.sha256(),
        r.uploadedBy(),
        r.uploadedAt(),
        r.note());
  }
}
