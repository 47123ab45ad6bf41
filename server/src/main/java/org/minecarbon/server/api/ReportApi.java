package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.app.EnterpriseService;
import org.minecarbon.server.app.ServerCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports (XLSX balance workbook, PDF analysis). TODO: wire to the report module once merged. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/reports")
@Tag(name = "reports", description = "Balance workbook and analysis PDF")
class ReportApi {
  private final EnterpriseService enterprises;

  ReportApi(EnterpriseService enterprises) {
    this.enterprises = enterprises;
  }

  @GetMapping("/balance.xlsx")
  @Operation(summary = "Balance report workbook (501 until the report module is available)")
  ResponseEntity<ProblemDetail> balanceXlsx(@PathVariable long id) {
    return notYet(id);
  }

  @GetMapping("/analysis.pdf")
  @Operation(summary = "Analysis report PDF (501 until the report module is available)")
  ResponseEntity<ProblemDetail> analysisPdf(@PathVariable long id) {
    return notYet(id);
  }

  private ResponseEntity<ProblemDetail> notYet(long id) {
    enterprises.get(id);
    Issue issue =
        Issue.error(ServerCodes.NOT_IMPLEMENTED, "", "reports are not available in this build");
    return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(HttpStatus.NOT_IMPLEMENTED, "Not implemented", issue));
  }
}
