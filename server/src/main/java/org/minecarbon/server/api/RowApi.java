package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.inventory.RowFilter;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.minecarbon.store.inventory.RowKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Activity, sink and production rows. A row body is the row object of the inventory document v1
 * ({@code {"source":"fuel","period":"2024-03",…}}); issues point into that body.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/rows")
@Tag(name = "rows", description = "Activity, sink and production rows")
class RowApi {
  private final InventoryService inventories;

  RowApi(InventoryService inventories) {
    this.inventories = inventories;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping
  @Operation(summary = "List rows, optionally by kind, year, month and site")
  List<RowView> list(
      @PathVariable long id,
      @Parameter(description = "activity | sink | production") @RequestParam(required = false)
          @Nullable String kind,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable Integer month,
      @RequestParam(required = false) @Nullable String site) {
    RowKind k = kind == null ? null : kind(kind);
    return inventories.rows(id, new RowFilter(k, year, month, site));
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping
  @Operation(
      summary = "Add a row",
      description =
          "The kind is taken from ?kind= or else from the body: source → activity, sink → sink,"
              + " product → production.")
  ResponseEntity<RowView> add(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String kind,
      @RequestBody JsonNode body) {
    ObjectNode row = object(body);
    RowKind k = kind != null ? kind(kind) : inferKind(row);
    RowView created = inventories.addRow(id, k, row);
    return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id + "/rows/" + created.id()))
        .eTag("\"" + created.version() + "\"")
        .body(created);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{rowId}")
  ResponseEntity<RowView> get(@PathVariable long id, @PathVariable long rowId) {
    RowView row = inventories.row(id, rowId);
    return ResponseEntity.ok().eTag("\"" + row.version() + "\"").body(row);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping("/{rowId}")
  @Operation(
      summary =
          "Replace a row; If-Match: \"version\" is required (428 without it, 409 when the row"
              + " changed meanwhile); If-Match: * overwrites on purpose")
  ResponseEntity<RowView> update(
      @PathVariable long id,
      @PathVariable long rowId,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestBody JsonNode body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new RefusedException(
          428,
          Issue.error(
                  AppCodes.PRECONDITION_REQUIRED,
                  "",
                  "send If-Match with the row's version (from GET or its ETag) so that no"
                      + " change made meanwhile is overwritten; If-Match: * overwrites on purpose",
                  "",
                  "\"<version>\"")
              .at("header If-Match"));
    }
    RowView row = inventories.updateRow(id, rowId, object(body), version(ifMatch));
    return ResponseEntity.ok().eTag("\"" + row.version() + "\"").body(row);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @DeleteMapping("/{rowId}")
  ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long rowId) {
    inventories.deleteRow(id, rowId);
    return ResponseEntity.noContent().build();
  }

  static RowKind kind(String kind) {
    return RowKind.fromCode(kind)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Issue.error(
                            Codes.UNKNOWN_CODE,
                            "",
                            "unknown row kind",
                            kind,
                            "activity, sink or production")
                        .at("query parameter kind")));
  }

  private static RowKind inferKind(ObjectNode row) {
    if (row.has("source")) {
      return RowKind.ACTIVITY;
    }
    if (row.has("sink")) {
      return RowKind.SINK;
    }
    if (row.has("product")) {
      return RowKind.PRODUCTION;
    }
    throw new InvalidInputException(
        Issue.error(
            Codes.REQUIRED,
            "",
            "cannot tell the row's kind",
            "",
            "a 'source', 'sink' or 'product' field, or ?kind="));
  }

  private static ObjectNode object(JsonNode body) {
    if (body instanceof ObjectNode o) {
      return o;
    }
    throw new InvalidInputException(
        Issue.error(
            Codes.WRONG_TYPE, "", "a row must be a JSON object", body.getNodeType(), "object"));
  }

  private static @Nullable Long version(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String v = ifMatch.strip().replace("W/", "").replace("\"", "");
    if (!v.matches("\\d{1,18}")) {
      throw new InvalidInputException(
          Issue.error(
                  Codes.WRONG_TYPE, "", "If-Match must be a row version", ifMatch, "\"<version>\"")
              .at("header If-Match"));
    }
    return Long.parseLong(v);
  }
}
