package org.minecarbon.server.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.evidence.EvidenceFile;
import org.minecarbon.app.evidence.EvidenceService;
import org.minecarbon.app.evidence.EvidenceUpload;
import org.minecarbon.app.evidence.EvidenceView;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.web.EvidenceDownloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The evidence files of one row: list, upload, download (as attachment) and delete. */
@Controller
class EvidenceController {
  private final EvidenceService evidence;
  private final InventoryService inventory;
  private final Refusals refusals;

  EvidenceController(EvidenceService evidence, InventoryService inventory, Refusals refusals) {
    this.refusals = refusals;
    this.evidence = evidence;
    this.inventory = inventory;
  }

  @GetMapping("/e/{eid}/rows/{rid}/evidence")
  @Requires(value = Permission.READ, enterprise = "eid")
  String page(@PathVariable long eid, @PathVariable long rid, Model model) {
    return page(eid, rid, null, model);
  }

  @PostMapping("/e/{eid}/rows/{rid}/evidence")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String upload(
      @PathVariable long eid,
      @PathVariable long rid,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String note,
      @RequestParam(required = false) @Nullable String reason,
      Model model) {
    try {
      evidence.upload(
          eid,
          rid,
          new EvidenceUpload(
              file.getOriginalFilename(), file.getSize(), file::getInputStream, note),
          reason);
      return "redirect:/e/" + eid + "/rows/" + rid + "/evidence?uploaded";
    } catch (RefusedException e) {
      model.addAttribute("fileName", file.getOriginalFilename());
      return page(eid, rid, e, model);
    }
  }

  @GetMapping("/e/{eid}/evidence/{evid}/download")
  @Requires(value = Permission.READ, enterprise = "eid")
  ResponseEntity<byte[]> download(@PathVariable long eid, @PathVariable long evid) {
    try {
      EvidenceFile f = evidence.download(eid, evid);
      return ResponseEntity.ok().headers(EvidenceDownloads.headers(f.view())).body(f.content());
    } catch (RefusedException e) {
      // corrupt content: a plain-text 409, never the bytes
      return ResponseEntity.status(e.status())
          .contentType(MediaType.TEXT_PLAIN)
          .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
    }
  }

  @PostMapping("/e/{eid}/evidence/{evid}/delete")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String delete(
      @PathVariable long eid,
      @PathVariable long evid,
      @RequestParam(required = false) @Nullable String reason) {
    EvidenceView v = evidence.get(eid, evid);
    evidence.delete(eid, evid, reason);
    return v.rowId() == null
        ? "redirect:/e/" + eid + "/entry"
        : "redirect:/e/" + eid + "/rows/" + v.rowId() + "/evidence?deleted";
  }

  private String page(long eid, long rid, @Nullable RefusedException error, Model model) {
    List<EvidenceView> files = evidence.list(eid, rid);
    model.addAttribute("eid", eid);
    model.addAttribute("row", inventory.row(eid, rid));
    model.addAttribute("files", files);
    model.addAttribute("maxMb", Math.max(1, evidence.maxBytes() >> 20));
    model.addAttribute("canEdit", canEdit());
    if (error != null) {
      model.addAttribute("errorCode", error.issue().code());
      model.addAttribute("errorMessage", refusals.explain(error, eid));
    }
    return "evidence";
  }

  /** Whether to show upload and delete (the server enforces the rule regardless). */
  static boolean canEdit() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a != null)
        .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
        .flatMap(a -> Role.fromName(a).stream())
        .anyMatch(r -> r.grants(Permission.EDIT_DATA));
  }
}
