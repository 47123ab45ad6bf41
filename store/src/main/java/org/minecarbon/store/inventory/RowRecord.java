package org.minecarbon.store.inventory;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored activity, sink or production row.
 *
 * @param position order within its kind (rows are assembled into the document in this order)
 * @param month 1–12 for a monthly row, null for a yearly one
 * @param site the row's {@code site}, or null
 * @param key the row's user key ({@code id} in the document), or null
 * @param doc the row object exactly as in the inventory document
 */
public record RowRecord(
    long id,
    long enterpriseId,
    RowKind kind,
    int position,
    int year,
    @Nullable Integer month,
    @Nullable String site,
    @Nullable String key,
    ObjectNode doc,
    long version) {}
