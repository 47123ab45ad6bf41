package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.plan.PlanDownload;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.server.access.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans of an enterprise (issue 13, contract plan-v1): stored and versioned, run as jobs on the
 * enterprise's inventory as stored. READ views; EDIT_DATA creates, saves, deletes, runs, cancels.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/plans")
@Tag(name = "plans", description = "Reduction-pathway plans: versions, runs, results")
class PlanApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PlanService plans;

  PlanApi(PlanService plans) {
    this.plans = plans;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping
  @Operation(summary = "The plans of the enterprise (latest version of each, no documents)")
  ArrayNode list(@PathVariable long id) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    plans.list(id).forEach(v -> out.add(PlanJson.summary(v)));
    return out;
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Create a plan from a plan document v1 (version 1)",
      description =
          "The body is a plan document (minecarbon/plan@1) with an optional `name`; its `inventory`"
              + " is ignored (a run uses the enterprise's). 422 lists every problem with its JSON"
              + " Pointer.")
  ResponseEntity<ObjectNode> create(@PathVariable long id, @RequestBody JsonNode body) {
    PlanVersion v = plans.create(id, body);
    return ResponseEntity.created(URI.create(base(id, v.planId()))).body(PlanJson.version(v));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}")
  @Operation(summary = "A plan: its latest version with the document, and every version's header")
  ObjectNode get(@PathVariable long id, @PathVariable long planId) {
    ObjectNode o = PlanJson.version(plans.get(id, planId, null));
    ArrayNode versions = o.putArray("versions");
    plans.versions(id, planId).forEach(v -> versions.add(PlanJson.summary(v)));
    return o;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/versions/{version}")
  @Operation(summary = "One version of a plan with its document")
  ObjectNode version(@PathVariable long id, @PathVariable long planId, @PathVariable int version) {
    return PlanJson.version(plans.get(id, planId, version));
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping(path = "/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Save a changed document as the plan's next version (never overwrites)")
  ObjectNode save(@PathVariable long id, @PathVariable long planId, @RequestBody JsonNode body) {
    return PlanJson.version(plans.save(id, planId, body));
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @DeleteMapping("/{planId}")
  @Operation(summary = "Delete a plan with all its versions (recorded in the audit trail)")
  ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long planId) {
    plans.delete(id, planId);
    return ResponseEntity.noContent().build();
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping("/{planId}/runs")
  @Operation(
      summary =
          "Run a plan version (default the latest); poll the Location for progress and result")
  ResponseEntity<ObjectNode> run(
      @PathVariable long id,
      @PathVariable long planId,
      @RequestParam(required = false) @Nullable Integer version) {
    PlanJob job = plans.run(id, planId, version);
    return ResponseEntity.accepted()
        .location(URI.create(base(id, planId) + "/runs/" + job.id()))
        .body(PlanJson.job(job, true));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/runs")
  @Operation(summary = "The runs of a plan started in the user's scope, newest first (no results)")
  ArrayNode runs(@PathVariable long id, @PathVariable long planId) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    plans.runs(id, planId).forEach(j -> out.add(PlanJson.job(j, false)));
    return out;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/runs/{job}")
  @Operation(
      summary =
          "A run's state, progress (0..1) and, once done, its result (minecarbon/plan-result@1)")
  ObjectNode job(@PathVariable long id, @PathVariable long planId, @PathVariable String job) {
    return PlanJson.job(plans.job(id, planId, job), true);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @DeleteMapping("/{planId}/runs/{job}")
  @Operation(summary = "Cancel a running run")
  ObjectNode cancel(@PathVariable long id, @PathVariable long planId, @PathVariable String job) {
    return PlanJson.job(plans.cancel(id, planId, job), true);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/runs/{job}/result.mps")
  @Operation(summary = "The programme the run solved, as free MPS (contract plan-v1 §4)")
  ResponseEntity<byte[]> mps(
      @PathVariable long id, @PathVariable long planId, @PathVariable String job) {
    return file(
        plans.mps(id, planId, job).getBytes(StandardCharsets.UTF_8),
        "text/plain;charset=UTF-8",
        "plan-" + planId + ".mps");
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/runs/{job}/result.xlsx")
  @Operation(summary = "The run's result as a workbook: 路径, 措施, MACC, 阶段, 违反")
  ResponseEntity<byte[]> xlsx(
      @PathVariable long id, @PathVariable long planId, @PathVariable String job) {
    return file(plans.xlsx(id, planId, job), XLSX, "plan-" + planId + ".xlsx");
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{planId}/runs/{job}/result.pdf")
  @Operation(summary = "The run's result as a PDF report, named from enterprise, plan and version")
  ResponseEntity<byte[]> pdf(
      @PathVariable long id, @PathVariable long planId, @PathVariable String job) {
    PlanDownload pdf = plans.pdf(id, planId, job);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(pdf.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(pdf.content());
  }

  private static String base(long id, long planId) {
    return "/api/v1/enterprises/" + id + "/plans/" + planId;
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(bytes);
  }
}
