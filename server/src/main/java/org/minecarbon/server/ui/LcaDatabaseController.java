package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.LcaDatabaseImport;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The group's background LCA databases: list (READ), upload and delete (MANAGE_CATALOG); an upload
 * is prepared as a job whose page (READ) shows its phases.
 */
@Controller
class LcaDatabaseController {
  private final LcaDatabaseService databases;

  LcaDatabaseController(LcaDatabaseService databases) {
    this.databases = databases;
  }

  @Requires(Permission.READ)
  @GetMapping("/lca/databases")
  String page(Model model) {
    model.addAttribute("databases", databases.list());
    model.addAttribute("imports", databases.recentImports());
    if (!model.containsAttribute("issues")) {
      model.addAttribute("issues", List.of());
    }
    return "lca-databases";
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/lca/databases")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "") String name,
      Model model) {
    String label = !name.isBlank() ? name : String.valueOf(file.getOriginalFilename());
    try {
      LcaDatabaseImport job = databases.startUpload(label, file.getBytes());
      return "redirect:/lca/databases/imports/" + job.id();
    } catch (InvalidInputException e) {
      model.addAttribute("issues", e.issues());
      return page(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An upload being prepared: its phases with counts, polled by htmx; once done the database list
   * (the new database marked), once failed every problem of the package.
   */
  @Requires(Permission.READ)
  @GetMapping("/lca/databases/imports/{job}")
  String importJob(
      @PathVariable String job,
      @RequestParam(required = false) @Nullable String poll,
      HttpServletResponse response,
      Model model) {
    LcaDatabaseImport run = databases.importJob(job);
    String done = "/lca/databases?saved&db=" + run.databaseId();
    if (poll != null) {
      if (run.databaseId() != null) {
        response.setHeader("HX-Redirect", done);
      } else if (run.finished()) {
        response.setHeader("HX-Refresh", "true");
      }
      model.addAttribute("run", run);
      return "lca-database-import :: progress";
    }
    if (run.databaseId() != null) {
      return "redirect:" + done;
    }
    model.addAttribute("run", run);
    return "lca-database-import";
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/lca/databases/{dbId}/delete")
  String delete(@PathVariable long dbId, Model model) {
    try {
      databases.delete(dbId);
      return "redirect:/lca/databases?deleted";
    } catch (RefusedException e) {
      model.addAttribute("issues", List.of(e.issue()));
      return page(model);
    }
  }
}
