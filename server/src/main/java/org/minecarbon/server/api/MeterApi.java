package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.app.meter.MeterService;
import org.minecarbon.app.meter.RegistryView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.meter.MeterRowsWriter;
import org.minecarbon.server.access.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meters of an enterprise (contract meters v1): the registry, readings (CSV or JSON lines,
 * acknowledged only after the commit) and the derived monthly rows, alarms and completeness.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/meters")
@Tag(name = "meters", description = "Meter registry, readings and derived meter rows")
class MeterApi {
  /** Media type of JSON lines. */
  static final String NDJSON = "application/x-ndjson";

  private final MeterService meters;
  private final long maxBody;

  MeterApi(
      MeterService meters,
      @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxBody) {
    this.meters = meters;
    this.maxBody = maxBody.toBytes();
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The meter registry (minecarbon/meters@1); ETag is its version")
  @Requires(value = Permission.READ, enterprise = "id")
  ResponseEntity<ObjectNode> registry(@PathVariable long id) {
    RegistryView v = meters.registry(id);
    return ResponseEntity.ok().eTag(String.valueOf(v.version())).body(v.document());
  }

  @PutMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Replace the meter registry",
      description =
          "Validated against the enterprise's sites (422 listing every problem). If-Match with"
              + " the version replaced (\"0\" for none yet) guards against lost updates (409).")
  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  ResponseEntity<ObjectNode> putRegistry(
      @PathVariable long id,
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
    Long expected = ifMatch == null ? null : Long.parseLong(ifMatch.replace("\"", "").strip());
    RegistryView v = meters.putRegistry(id, DocumentApi.readCapped(request, maxBody), expected);
    return ResponseEntity.ok().eTag(String.valueOf(v.version())).body(v.document());
  }

  @PostMapping(
      path = "/readings",
      consumes = {"text/csv", NDJSON, "application/jsonl"})
  @Operation(
      summary = "Post readings (CSV or JSON lines)",
      description =
          "Every line is validated; any invalid line → 422 listing every one, nothing stored."
              + " A reading in a year that is not a draft → 409 PERIOD_LOCKED. Otherwise stored in"
              + " one transaction and answered after the commit: 202 when anything new was"
              + " stored, 200 when all were duplicates, 409 listing the conflicting keys (the"
              + " first reading of a key is kept).")
  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  ResponseEntity<Object> readings(
      @PathVariable long id,
      HttpServletRequest request,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    byte[] body = DocumentApi.readCapped(request, maxBody);
    IngestResult r = meters.ingest(id, new ByteArrayInputStream(body), contentType);
    Map<String, Object> counts = counts(r);
    if (!r.conflicts().isEmpty()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(conflict(r, counts));
    }
    return ResponseEntity.status(r.accepted() > 0 ? HttpStatus.ACCEPTED : HttpStatus.OK)
        .body(counts);
  }

  @GetMapping(path = "/rows", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Derived rows, alarms and completeness of a year (minecarbon/meter-rows@1)")
  @Requires(value = Permission.READ, enterprise = "id")
  ObjectNode rows(@PathVariable long id, @RequestParam int year) {
    return MeterRowsWriter.json(meters.rows(id, year));
  }

  static Map<String, Object> counts(IngestResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accepted", r.accepted());
    out.put("duplicates", r.duplicates());
    out.put("conflicts", r.conflicts().size());
    out.put("rowsChanged", r.rowsChanged());
    out.put("rowProblems", Problems.issues(r.rowProblems()));
    return out;
  }

  private static ProblemDetail conflict(IngestResult r, Map<String, Object> counts) {
    List<Issue> issues =
        r.conflicts().stream()
            .map(
                k ->
                    Issue.error(
                            "CONFLICT",
                            "",
                            "a reading with other values is stored for "
                                + k.meter()
                                + " at "
                                + k.time()
                                + "; the first is kept")
                        .at(k.meter() + "@" + k.time()))
            .toList();
    ProblemDetail p =
        Problems.of(
            HttpStatus.CONFLICT,
            "Conflicting readings",
            r.conflicts().size() + " reading(s) conflict with stored ones; the others were stored",
            issues);
    counts.forEach(p::setProperty);
    p.setProperty(
        "keys",
        r.conflicts().stream()
            .map(k -> Map.of("meter", k.meter(), "time", k.time().toString()))
            .toList());
    return p;
  }
}
