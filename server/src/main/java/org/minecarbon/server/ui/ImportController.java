package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportResult;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.Documents;
import org.minecarbon.server.access.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of an inventory document (JSON or XLSX): upload → preview (added, changed and removed rows
 * and the balance change, in merge or replace mode) → confirm or cancel. Nothing is saved before
 * the confirmation; any error and the page lists every problem with its sheet/row/column and
 * pointer, keeping the file name and mode.
 */
@Controller
class ImportController {
  private static final MediaType XLSX = MediaType.parseMediaType(ExportFormat.XLSX.mediaType());

  private static final String PENDING = "import.pending";

  private final ImportService imports;
  private final Refusals refusals;
  private final UiLabels labels;

  ImportController(ImportService imports, Refusals refusals, UiLabels labels) {
    this.imports = imports;
    this.refusals = refusals;
    this.labels = labels;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/import")
  String page(@PathVariable long eid, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("mode", ImportMode.MERGE.code());
    return "import";
  }

  /**
   * Reads the upload and shows its preview (added, changed, removed rows, the balance change); the
   * file waits in the session until it is confirmed, cancelled or replaced by another upload.
   */
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/import")
  String upload(
      @PathVariable long eid,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "merge") String mode,
      HttpSession session,
      Model model) {
    ImportMode m = ImportMode.fromCode(mode).orElse(ImportMode.MERGE);
    session.removeAttribute(PENDING);
    if (file.isEmpty()) {
      return page(eid, file.getOriginalFilename(), m, model, List.of(noFile()));
    }
    Pending pending = new Pending(eid, name(file), bytes(file));
    return preview(pending, m, session, model);
  }

  /** The preview of the waiting file in the other mode. */
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/import/mode")
  String mode(@PathVariable long eid, @RequestParam String mode, HttpSession session, Model model) {
    Pending pending = pending(session, eid);
    if (pending == null) {
      return "redirect:/e/" + eid + "/import";
    }
    return preview(pending, ImportMode.fromCode(mode).orElse(ImportMode.MERGE), session, model);
  }

  /** Writes exactly the previewed difference, or shows a new preview when the data changed. */
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/import/confirm")
  String confirm(
      @PathVariable long eid,
      @RequestParam String mode,
      @RequestParam long revision,
      HttpSession session,
      Model model) {
    Pending pending = pending(session, eid);
    if (pending == null) {
      return "redirect:/e/" + eid + "/import";
    }
    ImportMode m = ImportMode.fromCode(mode).orElse(ImportMode.MERGE);
    try {
      ImportPreview done = imports.importRows(eid, pending.bytes(), pending.name(), m, revision);
      session.removeAttribute(PENDING);
      model.addAttribute("done", done);
      return page(eid, pending.name(), m, model, List.of());
    } catch (RefusedException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
      return preview(pending, m, session, model);
    }
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/import/cancel")
  String cancel(@PathVariable long eid, HttpSession session) {
    session.removeAttribute(PENDING);
    return "redirect:/e/" + eid + "/import";
  }

  private String preview(Pending pending, ImportMode mode, HttpSession session, Model model) {
    long eid = pending.enterpriseId();
    try {
      ImportPreview p = imports.preview(eid, pending.bytes(), pending.name(), mode);
      session.setAttribute(PENDING, pending);
      model.addAttribute("preview", p);
      model.addAttribute("changes", ImportRows.of(p, labels));
      return page(eid, pending.name(), mode, model, List.of());
    } catch (InvalidInputException e) {
      return page(eid, pending.name(), mode, model, e.issues());
    } catch (RefusedException | ForbiddenException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
      return page(eid, pending.name(), mode, model, List.of());
    }
  }

  private static String page(
      long eid, @Nullable String fileName, ImportMode mode, Model model, List<Issue> issues) {
    model.addAttribute("eid", eid);
    model.addAttribute("fileName", fileName);
    model.addAttribute("mode", mode.code());
    model.addAttribute("issues", issues);
    return "import";
  }

  private static @Nullable Pending pending(HttpSession session, long eid) {
    return session.getAttribute(PENDING) instanceof Pending p && p.enterpriseId() == eid ? p : null;
  }

  /** An uploaded file waiting for confirmation (one per session). */
  record Pending(long enterpriseId, String name, byte[] bytes) implements Serializable {}

  /** Creates a new enterprise from a document (from the enterprises page). */
  @Requires(Permission.MANAGE_ENTERPRISES)
  @PostMapping("/enterprises/import")
  String uploadNew(@RequestParam("file") MultipartFile file, Model model) {
    try {
      if (file.isEmpty()) {
        throw new InvalidInputException(noFile());
      }
      ImportResult r = imports.importNew(bytes(file), name(file));
      return "redirect:/e/" + r.enterpriseId() + "/balance";
    } catch (InvalidInputException e) {
      model.addAttribute("issues", List.of());
      model.addAttribute("importIssues", e.issues());
      model.addAttribute("fileName", file.getOriginalFilename());
      return "enterprises";
    }
  }

  @Requires(Permission.READ)
  @GetMapping("/import/template.xlsx")
  ResponseEntity<byte[]> template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Documents.writeTemplate(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(out.toByteArray(), XLSX, "minecarbon-template.xlsx");
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/export.{ext:json|xlsx}")
  ResponseEntity<byte[]> export(@PathVariable long eid, @PathVariable String ext) {
    // the workbook in the page's language: Chinese sheets and headers from the Chinese UI
    ExportFormat f =
        "json".equals(ext)
            ? ExportFormat.JSON
            : UiLabels.chinese() ? ExportFormat.XLSX_ZH : ExportFormat.XLSX;
    return download(
        imports.export(eid, f),
        MediaType.parseMediaType(f.mediaType()),
        "minecarbon-inventory-" + eid + "." + f.extension());
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  private static Issue noFile() {
    return Issue.error(Codes.REQUIRED, "", "no file was chosen", "", ".json or .xlsx");
  }

  private static String name(MultipartFile file) {
    String n = file.getOriginalFilename();
    return n == null || n.isBlank() ? "upload" : n;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
