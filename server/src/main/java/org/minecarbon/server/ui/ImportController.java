package org.minecarbon.server.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.document.ExportFormat;
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
 * Upload of an inventory document (JSON or XLSX). The import is all or nothing: any error and the
 * page lists every problem with its sheet/row/column and pointer, and nothing is saved.
 */
@Controller
class ImportController {
  private static final MediaType XLSX = MediaType.parseMediaType(ExportFormat.XLSX.mediaType());

  private final ImportService imports;
  private final Refusals refusals;

  ImportController(ImportService imports, Refusals refusals) {
    this.imports = imports;
    this.refusals = refusals;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/import")
  String page(@PathVariable long eid, Model model) {
    model.addAttribute("eid", eid);
    return "import";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/import")
  String upload(@PathVariable long eid, @RequestParam("file") MultipartFile file, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("fileName", file.getOriginalFilename());
    if (file.isEmpty()) {
      model.addAttribute("issues", List.of(noFile()));
      return "import";
    }
    try {
      ImportResult r = imports.importInto(eid, bytes(file), name(file));
      model.addAttribute("result", r);
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
    } catch (RefusedException | ForbiddenException e) {
      model.addAttribute("refused", refusals.explain(e, eid));
    }
    return "import";
  }

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
    ExportFormat f = "json".equals(ext) ? ExportFormat.JSON : ExportFormat.XLSX;
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
