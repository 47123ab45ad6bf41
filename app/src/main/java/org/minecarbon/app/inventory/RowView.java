package org.minecarbon.app.inventory;

import org.jspecify.annotations.Nullable;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * One stored activity, sink or production row.
 *
 * @param id database id (used in URLs)
 * @param type the row's {@code source} (activities), {@code sink} (sinks) or {@code product}
 *     (production)
 * @param period {@code YYYY} or {@code YYYY-MM}
 * @param key the user's row {@code id}, or null
 * @param doc the row object exactly as in the inventory document v1
 */
public record RowView(
    long id,
    RowKind kind,
    String type,
    String period,
    int year,
    @Nullable Integer month,
    @Nullable String site,
    @Nullable String key,
    ObjectNode doc,
    long version) {}
