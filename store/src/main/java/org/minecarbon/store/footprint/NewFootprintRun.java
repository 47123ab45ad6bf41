package org.minecarbon.store.footprint;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A footprint run to store. */
public record NewFootprintRun(
    long enterpriseId,
    String scopeKey,
    int year,
    String product,
    double total,
    @Nullable Long databaseId,
    String inputsHash,
    String optionsJson,
    String resultJson,
    String author) {
  public NewFootprintRun {
    Objects.requireNonNull(resultJson, "resultJson");
  }
}
