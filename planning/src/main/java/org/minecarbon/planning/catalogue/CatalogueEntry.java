package org.minecarbon.planning.catalogue;

import org.jspecify.annotations.Nullable;
import org.minecarbon.planning.plan.Category;

/**
 * One measure type of the catalogue (issue 13): what it does (an effect template in the plan
 * contract's terms, {@code ?} for numbers the user enters), the figure and cost range its source
 * gives (null when the source gives none), where it applies, its seed-004 path and its source.
 */
public record CatalogueEntry(
    String id,
    String zh,
    String en,
    Category category,
    String path,
    String effect,
    @Nullable Double fraction,
    @Nullable Double costLow,
    @Nullable Double costHigh,
    String costUnit,
    String costYear,
    String applicability,
    String source) {}
