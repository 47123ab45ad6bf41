package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.evidence.EvidenceFile;
import org.minecarbon.app.evidence.EvidenceService;
import org.minecarbon.app.evidence.EvidenceUpload;
import org.minecarbon.app.evidence.EvidenceView;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.web.EvidenceDownloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files attached to rows: upload (multipart, size and type limits), list, download (always
 * as an attachment, never rendered by the browser) and delete.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "evidence", description = "Evidence files (invoices, meter readings, assays) of rows")
class EvidenceApi {
  private final EvidenceService evidence;

  EvidenceApi(EvidenceService evidence) {
    this.evidence = evidence;
  }

  @GetMapping("/rows/{rowId}/evidence")
  @Operation(summary = "List the evidence files of a row")
  @Requires(value = Permission.READ, enterprise = "id")
  List<EvidenceView> list(@PathVariable long id, @PathVariable long rowId) {
    return evidence.list(id, rowId);
  }

  @GetMapping("/evidence")
  @Operation(summary = "List every evidence file of the enterprise (rowId null: row deleted)")
  @Requires(value = Permission.READ, enterprise = "id")
  List<EvidenceView> listAll(@PathVariable long id) {
    return evidence.listAll(id);
  }

  @PostMapping(path = "/rows/{rowId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Attach an evidence file to a row",
      description =
          "Multipart part 'file' (pdf, png, jpg, xlsx, docx, csv or txt; checked by extension and"
              + " content; at most minecarbon.evidence.max-bytes, default 10 MB) and optional"
              + " 'note'. Answers the stored metadata with its SHA-256.")
  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  ResponseEntity<EvidenceView> upload(
      @PathVariable long id,
      @PathVariable long rowId,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String note,
      @RequestHeader(name = "X-Change-Reason", required = false) @Nullable String reason) {
    EvidenceView v =
        evidence.upload(
            id,
            rowId,
            new EvidenceUpload(
                file.getOriginalFilename(), file.getSize(), file::getInputStream, note),
            reason);
    return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id + "/evidence/" + v.id()))
        .body(v);
  }

  @GetMapping("/evidence/{evidenceId}")
  @Operation(summary = "Download an evidence file (checksum verified; always an attachment)")
  @Requires(value = Permission.READ, enterprise = "id")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
    EvidenceFile f = evidence.download(id, evidenceId);
    return ResponseEntity.ok().headers(EvidenceDownloads.headers(f.view())).body(f.content());
  }

  @DeleteMapping("/evidence/{evidenceId}")
  @Operation(summary = "Delete an evidence file")
  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  ResponseEntity<Void> delete(
      @PathVariable long id,
      @PathVariable long evidenceId,
      @RequestHeader(name = "X-Change-Reason", required = false) @Nullable String reason) {
    evidence.delete(id, evidenceId, reason);
    return ResponseEntity.noContent().build();
  }
}
