package org.minecarbon.app.footprint;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stored footprint run.
 *
 * @param options what was asked (year, product, allocation, method, database name) as JSON
 * @param inputsHash SHA-256 of the document, options, links and database it was computed from
 * @param result the {@code minecarbon/footprint@1} result; null in lists
 */
public record FootprintRunView(
    long id,
    long enterpriseId,
    int year,
    String product,
    double total,
    String inputsHash,
    JsonNode options,
    @Nullable JsonNode result,
    String author,
    LocalDateTime createdAt) {
  public FootprintRunView {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(options, "options");
  }
}
