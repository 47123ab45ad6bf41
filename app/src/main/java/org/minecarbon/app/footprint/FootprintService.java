package org.minecarbon.app.footprint;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import tools.jackson.databind.JsonNode;

/**
 * Product carbon footprints of an enterprise (footprint contract v1 §4), from its inventory as the
 * balance reads it ({@code InventoryService.checked}, same factors and GWP), with the upstream
 * terms of its links when a background database is chosen. Every run is stored with the hash of its
 * inputs, so a report names exactly what it was computed from.
 */
public interface FootprintService {

  /**
   * Computes a footprint: at once without a background database, else as a job.
   *
   * @throws InvalidInputException with every problem of the options, inventory or links
   */
  FootprintComputation compute(long enterpriseId, FootprintOptions options);

  /** The runs computed in the user's scope, newest first (without their results). */
  List<FootprintRunView> runs(long enterpriseId);

  /**
   * @throws NotFoundException for a run of another enterprise or scope
   */
  FootprintRunView run(long enterpriseId, long runId);

  /**
   * @throws NotFoundException for a job of another enterprise, kind or scope
   */
  FootprintJob job(long enterpriseId, String jobId);

  /** The products with production rows in the year (codes, sorted), for choosing one. */
  List<String> products(long enterpriseId, int year);

  /** The enterprise's links (an empty links document when never saved). */
  LinksView links(long enterpriseId);

  /**
   * Replaces the enterprise's links.
   *
   * @param databaseId a database of the group, or null for none
   * @throws InvalidInputException with every problem of the document (pointers into it)
   */
  LinksView saveLinks(long enterpriseId, @Nullable Long databaseId, JsonNode links);

  /**
   * Starts the uncertainty band of a stored run: a seeded Monte Carlo of its background processes
   * (p5/p50/p95 per stage and total), as a job.
   *
   * @throws InvalidInputException for iterations outside 10…5000 or a run without a background
   * @throws NotFoundException for a run of another enterprise or scope
   */
  FootprintJob simulate(long enterpriseId, long runId, int iterations, long seed);

  /** The newest finished band of the run ({@code byStage}, {@code total}: p5, p50, p95). */
  Optional<JsonNode> band(long enterpriseId, long runId);
}
