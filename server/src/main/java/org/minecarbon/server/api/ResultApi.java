package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.ExplainService;
import org.minecarbon.app.balance.UncertaintyJob;
import org.minecarbon.app.balance.UncertaintyService;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.ResultWriters;
import org.minecarbon.server.access.Requires;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Results: the balance (result v1 JSON), explanations, Monte Carlo uncertainty jobs. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "results", description = "Balance, explanations, uncertainty")
class ResultApi {
  private final BalanceService balances;
  private final ExplainService explainer;
  private final UncertaintyService uncertainty;

  ResultApi(BalanceService balances, ExplainService explainer, UncertaintyService uncertainty) {
    this.balances = balances;
    this.explainer = explainer;
    this.uncertainty = uncertainty;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping(path = "/balance", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The carbon balance (minecarbon/balance@1)",
      description =
          "Exactly what `minecarbon balance FILE --format json` prints for the same data.")
  ResponseEntity<byte[]> balance(@PathVariable long id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      ResultWriters.balanceJson(balances.balance(id), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping(path = "/explain", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Explain a figure: a column of a year, a year's total, or one row",
      description =
          "Give year and column (e.g. fugitiveCH4), year alone (emissions total), or row.")
  ResponseEntity<byte[]> explain(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer year,
      @Parameter(description = "balance column code, e.g. fuel, fugitiveCH4, electricity")
          @RequestParam(required = false)
          @Nullable String column,
      @Parameter(description = "row key, JSON Pointer (/activities/3) or row database id")
          @RequestParam(required = false)
          @Nullable String row) {
    Explanation e;
    if (row != null) {
      e = explainer.row(id, row);
    } else if (year == null) {
      throw new InvalidInputException(
          Issue.error(Codes.REQUIRED, "", "give year (and column) or row", "", "year or row")
              .at("query parameter year"));
    } else if (column != null) {
      e = explainer.column(id, year, column(column));
    } else {
      e = explainer.total(id, year);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      ResultWriters.explanationJson(e, out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @PostMapping("/uncertainty")
  @Operation(summary = "Start a Monte Carlo analysis; poll the Location for progress and report")
  ResponseEntity<ObjectNode> startUncertainty(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer iterations,
      @RequestParam(required = false) @Nullable Long seed) {
    UncertaintyJob job = uncertainty.start(id, iterations, seed);
    URI location = URI.create("/api/v1/enterprises/" + id + "/uncertainty/" + job.id());
    return ResponseEntity.accepted().location(location).body(UncertaintyJson.job(job));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/uncertainty/{job}")
  @Operation(summary = "A job's state, progress (0..1) and, once done, its report")
  ObjectNode uncertaintyJob(@PathVariable long id, @PathVariable String job) {
    return UncertaintyJson.job(uncertainty.job(id, job));
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @DeleteMapping("/uncertainty/{job}")
  @Operation(
      summary = "Cancel a running analysis",
      description =
          "The job is stored as cancelled at once and stops at its next progress step; a job that"
              + " already finished is returned as it is. Changes no data.")
  ObjectNode cancelUncertainty(@PathVariable long id, @PathVariable String job) {
    return UncertaintyJson.job(uncertainty.cancel(id, job));
  }

  static Column column(String code) {
    return Column.fromCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Issue.error(
                            Codes.UNKNOWN_COLUMN,
                            "",
                            "unknown balance column",
                            code,
                            String.join(
                                ", ",
                                java.util.Arrays.stream(Column.values())
                                    .map(Column::code)
                                    .toList()))
                        .at("query parameter column")));
  }
}
