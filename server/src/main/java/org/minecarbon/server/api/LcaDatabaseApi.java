package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.LcaDatabaseImport;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.footprint.LcaDatabaseView;
import org.minecarbon.server.access.Requires;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Background LCA databases of the group (openLCA JSON-LD zips, prepared once). */
@RestController
@RequestMapping("/api/v1/lca/databases")
@Tag(name = "footprints", description = "Product carbon footprints by life-cycle stage")
class LcaDatabaseApi {
  private final LcaDatabaseService databases;

  LcaDatabaseApi(LcaDatabaseService databases) {
    this.databases = databases;
  }

  @Requires(Permission.READ)
  @GetMapping
  @Operation(summary = "The group's background databases")
  List<LcaDatabaseView> list() {
    return databases.list();
  }

  @Requires(Permission.READ)
  @GetMapping("/{dbId}")
  @Operation(summary = "One background database")
  LcaDatabaseView one(@PathVariable long dbId) {
    return databases.get(dbId);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload an openLCA JSON-LD zip (schema v1 or v2)",
      description =
          "Checked and prepared as `minecarbon lca import` does, as a job: 202 with Location"
              + " /api/v1/lca/databases/imports/{job} to poll (phases with counts; once done its"
              + " databaseId, once failed every problem of the package and nothing stored). 422 at"
              + " once when the file is not a zip. With wait=true the request prepares it itself:"
              + " 201 with the database, or 422 listing every problem.")
  ResponseEntity<?> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(defaultValue = "false") boolean wait) {
    String label =
        name != null && !name.isBlank()
            ? name
            : file.getOriginalFilename() == null ? "database" : file.getOriginalFilename();
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (wait) {
      LcaDatabaseView db = databases.upload(label, bytes);
      return ResponseEntity.created(URI.create("/api/v1/lca/databases/" + db.id())).body(db);
    }
    LcaDatabaseImport job = databases.startUpload(label, bytes);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/lca/databases/imports/" + job.id()))
        .body(job);
  }

  @Requires(Permission.READ)
  @GetMapping("/imports/{job}")
  @Operation(
      summary = "An upload being prepared: state, progress, phases with counts",
      description =
          "Once done, databaseId names the stored database; once failed, issues lists every"
              + " problem of the package (file: field) and nothing was stored.")
  LcaDatabaseImport importJob(@PathVariable String job) {
    return databases.importJob(job);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @DeleteMapping("/{dbId}")
  @Operation(summary = "Delete a database no enterprise's links use (409 otherwise)")
  ResponseEntity<Void> delete(@PathVariable long dbId) {
    databases.delete(dbId);
    return ResponseEntity.noContent().build();
  }
}
