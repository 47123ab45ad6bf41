package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.YearStatus;
import org.minecarbon.app.workflow.YearVersionView;
import org.minecarbon.io.ResultWriters;
import org.minecarbon.server.access.Requires;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The reporting-year workflow: draft → submitted → reviewed → verified (locked), return to draft,
 * reopen with a reason (new version), and the balance of an earlier verified version from its
 * snapshot. A reason goes in the header {@code X-Change-Reason} (URL-encoded UTF-8) or the body
 * {@code {"reason": "…"}}.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/years/{year}")
@Tag(name = "workflow", description = "Reporting-year workflow, locks and verified versions")
class WorkflowApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final WorkflowService workflow;
  private final ReportService reports;

  WorkflowApi(WorkflowService workflow, ReportService reports) {
    this.workflow = workflow;
    this.reports = reports;
  }

  @GetMapping("/status")
  @Operation(summary = "The year's status, version and workflow history")
  @Requires(value = Permission.READ, enterprise = "id")
  YearStatus status(@PathVariable long id, @PathVariable int year) {
    return workflow.status(id, year);
  }

  @PostMapping("/submit")
  @Operation(summary = "Submit a draft year for review (its data is then read-only)")
  @Requires(value = Permission.SUBMIT, enterprise = "id")
  YearStatus submit(
      @PathVariable long id,
      @PathVariable int year,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return workflow.submit(id, year, reason(body));
  }

  @PostMapping("/review")
  @Operation(summary = "Mark a submitted year as reviewed")
  @Requires(value = Permission.REVIEW, enterprise = "id")
  YearStatus review(
      @PathVariable long id,
      @PathVariable int year,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return workflow.review(id, year, reason(body));
  }

  @PostMapping("/return")
  @Operation(summary = "Send a submitted or reviewed year back to draft (reason required)")
  @Requires(value = Permission.REVIEW, enterprise = "id")
  YearStatus returnToDraft(
      @PathVariable long id,
      @PathVariable int year,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return workflow.returnToDraft(id, year, reason(body));
  }

  @PostMapping("/verify")
  @Operation(summary = "Verify a reviewed year: locks it and keeps a snapshot of this version")
  @Requires(value = Permission.VERIFY, enterprise = "id")
  YearStatus verify(
      @PathVariable long id,
      @PathVariable int year,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return workflow.verify(id, year, reason(body));
  }

  @PostMapping("/reopen")
  @Operation(summary = "Reopen a verified year for a correction (reason required; version + 1)")
  @Requires(value = Permission.REOPEN, enterprise = "id")
  YearStatus reopen(
      @PathVariable long id,
      @PathVariable int year,
      @RequestBody(required = false) @Nullable JsonNode body) {
    return workflow.reopen(id, year, reason(body));
  }

  @GetMapping("/versions")
  @Operation(summary = "The verified versions of the year")
  @Requires(value = Permission.READ, enterprise = "id")
  List<YearVersionView> versions(@PathVariable long id, @PathVariable int year) {
    return workflow.versions(id, year);
  }

  @GetMapping(path = "/versions/{version}/balance", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The balance of a verified version, from its snapshot (same JSON as /balance)")
  @Requires(value = Permission.READ, enterprise = "id")
  ResponseEntity<byte[]> versionBalance(
      @PathVariable long id, @PathVariable int year, @PathVariable int version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      ResultWriters.balanceJson(workflow.versionBalance(id, year, version), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
  }

  @GetMapping("/versions/{version}/balance.xlsx")
  @Operation(summary = "The balance report workbook of a verified version, from its snapshot")
  @Requires(value = Permission.READ, enterprise = "id")
  ResponseEntity<byte[]> versionXlsx(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable int version,
      @Parameter(description = "zh (default) or en") @RequestParam(required = false)
          @Nullable String lang) {
    return ReportApi.file(reports.versionXlsx(id, year, version, ReportApi.locale(lang)), XLSX);
  }

  @GetMapping("/versions/{version}/analysis.pdf")
  @Operation(
      summary =
          "The analysis report (PDF) of a verified version, from its snapshot and the benchmarks"
              + " and factor sets frozen at its verification")
  @Requires(value = Permission.READ, enterprise = "id")
  ResponseEntity<byte[]> versionPdf(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable int version,
      @Parameter(description = "zh (default) or en") @RequestParam(required = false)
          @Nullable String lang) {
    return ReportApi.file(
        reports.versionPdf(id, year, version, ReportApi.locale(lang)),
        MediaType.APPLICATION_PDF_VALUE);
  }

  private static @Nullable String reason(@Nullable JsonNode body) {
    if (body == null || !body.has("reason") || !body.get("reason").isString()) {
      return null;
    }
    return body.get("reason").asString();
  }
}
