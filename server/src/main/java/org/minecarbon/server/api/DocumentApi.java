package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.document.ExportFormat;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.document.ImportResult;
import org.minecarbon.app.document.ImportService;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import, export and validation of inventory documents (JSON or XLSX). Uploads come as multipart
 * ({@code file}) or as the raw body (JSON by Content-Type, XLSX by its media type, or any type with
 * {@code ?filename=}). An import with any error saves nothing and answers 422 with every problem.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "documents", description = "Import, export and validate inventory documents")
class DocumentApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ImportService imports;
  private final EnterpriseService enterprises;
  private final long maxBody;

  DocumentApi(
      ImportService imports,
      EnterpriseService enterprises,
      @Value("${minecarbon.import.max-bytes:65MB}") DataSize maxBody) {
    this.imports = imports;
    this.enterprises = enterprises;
    this.maxBody = maxBody.toBytes();
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping(path = "/enterprises/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import the rows of an uploaded document (merge or replace), or preview the diff",
      description =
          "mode=merge (default): the file's rows replace the stored rows with the same site,"
              + " period and source (sink type, product); other rows stay. mode=replace: the"
              + " file's years replace those years' rows. preview=true returns the added, changed"
              + " (field by field) and removed rows and the balance change without writing;"
              + " confirm with preview=false&revision=<the preview's revision> (409 STALE_VERSION"
              + " when the enterprise changed since). The enterprise header is never changed;"
              + " unchanged rows keep their ids and evidence.")
  ImportPreview importFile(
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "merge (default) or replace") @RequestParam(defaultValue = "merge")
          String mode,
      @Parameter(description = "true: compute the diff only") @RequestParam(defaultValue = "false")
          boolean preview,
      @Parameter(description = "the revision a confirmed preview was computed on")
          @RequestParam(required = false)
          @Nullable Long revision) {
    return importRows(id, bytes(file), name(file), mode, preview, revision);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping(
      path = "/enterprises/{id}/import",
      consumes = {"application/json", XLSX, "application/octet-stream"})
  ImportPreview importBody(
      @PathVariable long id,
      HttpServletRequest request,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(required = false) @Nullable String filename,
      @RequestParam(defaultValue = "merge") String mode,
      @RequestParam(defaultValue = "false") boolean preview,
      @RequestParam(required = false) @Nullable Long revision) {
    return importRows(id, body(request), name(filename, contentType), mode, preview, revision);
  }

  private ImportPreview importRows(
      long id,
      byte[] bytes,
      String fileName,
      String mode,
      boolean preview,
      @Nullable Long revision) {
    ImportMode m = mode(mode);
    return preview
        ? imports.preview(id, bytes, fileName, m)
        : imports.importRows(id, bytes, fileName, m, revision);
  }

  static ImportMode mode(String mode) {
    return ImportMode.fromCode(mode)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Issue.error(
                            Codes.UNKNOWN_CODE, "", "unknown import mode", mode, "merge or replace")
                        .at("query parameter mode")));
  }

  @Requires(Permission.MANAGE_ENTERPRISES)
  @PostMapping(path = "/enterprises/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Create an enterprise from an uploaded document")
  ImportResult importNewFile(@RequestPart("file") MultipartFile file) {
    return imports.importNew(bytes(file), name(file));
  }

  @Requires(Permission.MANAGE_ENTERPRISES)
  @PostMapping(
      path = "/enterprises/import",
      consumes = {"application/json", XLSX, "application/octet-stream"})
  ImportResult importNewBody(
      HttpServletRequest request,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(required = false) @Nullable String filename) {
    return imports.importNew(body(request), name(filename, contentType));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/enterprises/{id}/export")
  @Operation(summary = "The enterprise's inventory document as JSON (default) or XLSX")
  ResponseEntity<byte[]> export(
      @PathVariable long id, @RequestParam(defaultValue = "json") String format) {
    ExportFormat f = format(format);
    byte[] bytes = imports.export(id, f);
    String file = "enterprise-" + id + "." + f.extension();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(bytes);
  }

  @Requires(Permission.READ)
  @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Validate a document: every problem, nothing saved")
  Map<String, Object> validateFile(@RequestPart("file") MultipartFile file) {
    return report(imports.validate(bytes(file), name(file)));
  }

  @Requires(Permission.READ)
  @PostMapping(
      path = "/validate",
      consumes = {"application/json", XLSX, "application/octet-stream"})
  Map<String, Object> validateBody(
      HttpServletRequest request,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(required = false) @Nullable String filename) {
    return report(imports.validate(body(request), name(filename, contentType)));
  }

  /**
   * A raw request body, read with the import cap ({@code minecarbon.import.max-bytes}): the
   * declared length is checked first and at most one byte more than the cap is read, so a huge or
   * endless body cannot fill the memory (413 problem+json, as for multipart).
   */
  private byte[] body(HttpServletRequest request) {
    return readCapped(request, maxBody);
  }

  static byte[] readCapped(HttpServletRequest request, long maxBody) {
    long declared = request.getContentLengthLong();
    if (declared > maxBody) {
      throw new MaxUploadSizeExceededException(maxBody);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (bytes.length > maxBody) {
        throw new MaxUploadSizeExceededException(maxBody);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  private static Map<String, Object> report(List<Issue> issues) {
    long errors = issues.stream().filter(Issue::isError).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", errors == 0);
    out.put("errors", errors);
    out.put("warnings", issues.size() - errors);
    out.put("issues", Problems.issues(issues));
    return out;
  }

  static ExportFormat format(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> ExportFormat.JSON;
      case "xlsx" -> ExportFormat.XLSX;
      case "xlsx-zh" -> ExportFormat.XLSX_ZH;
      default ->
          throw new InvalidInputException(
              Issue.error(
                      Codes.UNKNOWN_CODE,
                      "",
                      "unknown export format",
                      format,
                      "json, xlsx or xlsx-zh")
                  .at("query parameter format"));
    };
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload", e);
    }
  }

  private static String name(MultipartFile file) {
    String name = file.getOriginalFilename();
    return name == null || name.isBlank() ? "upload.json" : name;
  }

  private static String name(@Nullable String filename, String contentType) {
    if (filename != null && !filename.isBlank()) {
      return filename;
    }
    return contentType.startsWith(XLSX) ? "document.xlsx" : "document.json";
  }
}
