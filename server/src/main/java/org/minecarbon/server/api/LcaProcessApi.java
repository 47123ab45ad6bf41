package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.LcaMethodView;
import org.minecarbon.app.footprint.LcaProcessPage;
import org.minecarbon.app.footprint.LcaProcessService;
import org.minecarbon.app.footprint.ProcessQuery;
import org.minecarbon.app.footprint.ProcessResultOptions;
import org.minecarbon.app.footprint.ProcessResultView;
import org.minecarbon.server.access.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The processes of a background database and one process's footprint with contributions. */
@RestController
@RequestMapping("/api/v1/lca/databases/{dbId}")
@Tag(name = "footprints", description = "Product carbon footprints by life-cycle stage")
class LcaProcessApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final LcaProcessService processes;

  LcaProcessApi(LcaProcessService processes) {
    this.processes = processes;
  }

  @Requires(Permission.READ)
  @GetMapping("/processes")
  @Operation(
      summary = "Search the database's processes",
      description =
          "Name contains `q` (case-insensitive), category path starts with `category`; sorted by"
              + " name; names as stored in the database.")
  LcaProcessPage search(
      @PathVariable long dbId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + ProcessQuery.DEFAULT_SIZE) int size) {
    return processes.processes(dbId, new ProcessQuery(q, category, page, size));
  }

  @Requires(Permission.READ)
  @GetMapping("/methods")
  @Operation(summary = "Methods a process result can use (IPCC GWP100 and imported categories)")
  List<LcaMethodView> methods(@PathVariable long dbId) {
    return processes.methods(dbId);
  }

  @Requires(Permission.READ)
  @GetMapping("/processes/{processId}")
  @Operation(
      summary = "A process's footprint with contributions, upstream tree and inventory",
      description =
          "`amount` reference units (default 1) under `method` (default ipcc-ar6-gwp100, or"
              + " ipcc-ar5-gwp100 or an imported category @id); contributions by process and by"
              + " flow (top `top` + rest), the upstream tree to `depth` levels (1 % cut-off), the"
              + " inventory's page `page` (50 rows) and the trace. 422 lists every bad parameter,"
              + " SINGULAR_SYSTEM for a system that cannot be solved; 404 for another group's"
              + " database or an unknown process.")
  ProcessResultView result(
      @PathVariable long dbId,
      @PathVariable String processId,
      @Parameter(description = "reference units, finite, not 0") @RequestParam(required = false)
          @Nullable String amount,
      @RequestParam(required = false) @Nullable String method,
      @RequestParam(required = false) @Nullable Integer top,
      @RequestParam(required = false) @Nullable Integer depth,
      @RequestParam(required = false) @Nullable Integer page) {
    return processes.result(
        dbId, processId, ProcessResultOptions.parse(amount, method, top, depth, page));
  }

  @Requires(Permission.READ)
  @GetMapping("/processes/{processId}/result.csv")
  @Operation(summary = "The process result as CSV (summary, contributions, tree, whole inventory)")
  ResponseEntity<byte[]> csv(
      @PathVariable long dbId,
      @PathVariable String processId,
      @RequestParam(required = false) @Nullable String amount,
      @RequestParam(required = false) @Nullable String method,
      @RequestParam(required = false) @Nullable Integer top,
      @RequestParam(required = false) @Nullable Integer depth) {
    return file(dbId, processId, amount, method, top, depth, "csv", "text/csv;charset=UTF-8");
  }

  @Requires(Permission.READ)
  @GetMapping("/processes/{processId}/result.xlsx")
  @Operation(summary = "The process result as an XLSX workbook (one sheet per table)")
  ResponseEntity<byte[]> xlsx(
      @PathVariable long dbId,
      @PathVariable String processId,
      @RequestParam(required = false) @Nullable String amount,
      @RequestParam(required = false) @Nullable String method,
      @RequestParam(required = false) @Nullable Integer top,
      @RequestParam(required = false) @Nullable Integer depth) {
    return file(dbId, processId, amount, method, top, depth, "xlsx", XLSX);
  }

  private ResponseEntity<byte[]> file(
      long dbId,
      String processId,
      @Nullable String amount,
      @Nullable String method,
      @Nullable Integer top,
      @Nullable Integer depth,
      String format,
      String mediaType) {
    ProcessResultOptions o = ProcessResultOptions.parse(amount, method, top, depth, null);
    byte[] bytes = processes.export(dbId, processId, o, format);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("process-" + processId + "." + format)
                .build()
                .toString())
        .body(bytes);
  }
}
