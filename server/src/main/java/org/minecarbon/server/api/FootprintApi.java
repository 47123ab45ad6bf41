package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.footprint.FootprintComputation;
import org.minecarbon.app.footprint.FootprintJob;
import org.minecarbon.app.footprint.FootprintOptions;
import org.minecarbon.app.footprint.FootprintRunView;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LinksView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.server.access.Requires;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Product carbon footprints of an enterprise (footprint contract v1 §4), runs and links. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "footprints", description = "Product carbon footprints by life-cycle stage")
class FootprintApi {
  private final FootprintService footprints;

  FootprintApi(FootprintService footprints) {
    this.footprints = footprints;
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping(path = "/footprints", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Compute a footprint: 200 with the stored run, or 202 with a job",
      description =
          "Body {year, product, allocation: mass|economic, method: ipcc-ar6-gwp100|ipcc-ar5-gwp100}."
              + " The same result as `minecarbon footprint FILE --year --product` on the same"
              + " data; with a background database (links) it runs as a job: poll the Location.")
  ResponseEntity<Object> compute(@PathVariable long id, @RequestBody JsonNode body) {
    FootprintComputation c = footprints.compute(id, options(body));
    return switch (c) {
      case FootprintComputation.Done d ->
          ResponseEntity.ok()
              .location(URI.create(base(id) + "/footprints/" + d.run().id()))
              .body(d.run());
      case FootprintComputation.Queued q ->
          ResponseEntity.accepted()
              .location(URI.create(base(id) + "/footprint-jobs/" + q.job().id()))
              .body(q.job());
    };
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/footprints")
  @Operation(summary = "The runs computed in your scope, newest first (without results)")
  List<FootprintRunView> list(@PathVariable long id) {
    return footprints.runs(id);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/footprints/{runId}")
  @Operation(summary = "One run with its options, inputs hash and full result")
  FootprintRunView one(@PathVariable long id, @PathVariable long runId) {
    return footprints.run(id, runId);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping(path = "/footprints/{runId}/result", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The run's result as a file (minecarbon/footprint@1)")
  ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable long runId) {
    FootprintRunView run = footprints.run(id, runId);
    String name = "footprint-" + run.product() + "-" + run.year() + "-" + run.id() + ".json";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(String.valueOf(run.result()).getBytes(StandardCharsets.UTF_8));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/footprint-jobs/{job}")
  @Operation(summary = "A footprint job's state, progress and, once done, its run id")
  FootprintJob job(@PathVariable long id, @PathVariable String job) {
    return footprints.job(id, job);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/footprint-links")
  @Operation(summary = "The links of purchased inputs to background processes (LINKS.json)")
  LinksView links(@PathVariable long id) {
    return footprints.links(id);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping(path = "/footprint-links", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Replace the links",
      description =
          "Body {databaseId: a background database of the group or null, links: a"
              + " minecarbon/links@1 document}; 422 lists every problem with its pointer.")
  LinksView saveLinks(@PathVariable long id, @RequestBody JsonNode body) {
    JsonNode db = body.path("databaseId");
    if (!db.isMissingNode() && !db.isNull() && !db.canConvertToLong()) {
      throw new InvalidInputException(
          Issue.error(
              Codes.WRONG_TYPE, "/databaseId", "not a database id", db.toString(), "a number"));
    }
    Long databaseId = db.isMissingNode() || db.isNull() ? null : db.asLong();
    JsonNode links = body.path("links");
    return footprints.saveLinks(id, databaseId, links.isObject() ? links : emptyObject());
  }

  static FootprintOptions options(JsonNode body) {
    Result<FootprintOptions> r =
        FootprintOptions.parse(
            text(body, "year", ""),
            text(body, "product", ""),
            text(body, "allocation", "mass"),
            text(body, "method", FootprintOptions.DEFAULT_METHOD));
    if (!(r instanceof Result.Ok<FootprintOptions> ok)) {
      throw new InvalidInputException("invalid footprint options", r.issues());
    }
    return ok.value();
  }

  private static String text(JsonNode body, String field, String fallback) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? fallback : n.isString() ? n.asString() : n.toString();
  }

  /** A body without a links object: validated as an empty object, so every field is named. */
  private static ObjectNode emptyObject() {
    return org.minecarbon.io.json.JsonCodec.mapper().createObjectNode();
  }

  private static String base(long id) {
    return "/api/v1/enterprises/" + id;
  }
}
