package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.report.ReportFile;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.minecarbon.server.web.EvidenceDownloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports of the report module: the balance workbook and the analysis PDF. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/reports")
@Tag(name = "reports", description = "Balance workbook and analysis PDF")
class ReportApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ReportService reports;

  ReportApi(ReportService reports) {
    this.reports = reports;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/balance.xlsx")
  @Operation(summary = "Balance report workbook (guideline template layout, Table 1, factors)")
  ResponseEntity<byte[]> balanceXlsx(
      @PathVariable long id,
      @Parameter(description = "zh (default) or en") @RequestParam(required = false)
          @Nullable String lang) {
    return file(reports.balanceXlsx(id, locale(lang)), XLSX);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/analysis.pdf")
  @Operation(summary = "Carbon balance analysis report (PDF), with the benchmark gaps")
  ResponseEntity<byte[]> analysisPdf(
      @PathVariable long id,
      @Parameter(description = "zh (default) or en") @RequestParam(required = false)
          @Nullable String lang) {
    return file(reports.analysisPdf(id, locale(lang)), MediaType.APPLICATION_PDF_VALUE);
  }

  static Locale locale(@Nullable String lang) {
    if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    if (lang.equalsIgnoreCase("en")) {
      return Locale.ENGLISH;
    }
    throw new InvalidInputException(
        Issue.error(Codes.UNKNOWN_CODE, "", "unknown language", lang, "zh or en")
            .at("query parameter lang"));
  }

  /**
   * The report as an attachment named from enterprise, year and version ({@code
   * 示例煤业-2024-v2-核证.pdf}): an ASCII {@code filename} and the UTF-8 {@code filename*} of RFC 5987.
   */
  static ResponseEntity<byte[]> file(ReportFile f, String mediaType) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, EvidenceDownloads.disposition(f.name()))
        .body(f.bytes());
  }
}
