package org.minecarbon.store.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only audit trail.
 *
 * @param seq position in the global chain (1, 2, 3…)
 * @param at when, UTC, to the millisecond
 * @param actor the signed-in user name (or {@code system})
 * @param groupId the tenant group the entry belongs to, or null
 * @param enterpriseId the enterprise, or null for a group-level change
 * @param before the JSON text of the thing before the change, or null
 * @param after the JSON text of the thing after the change, or null
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param hash SHA-256 over the canonical serialization (see {@link AuditRepository})
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    @Nullable Long groupId,
    @Nullable Long enterpriseId,
    String entity,
    String entityId,
    String action,
    @Nullable String before,
    @Nullable String after,
    @Nullable String reason,
    String prevHash,
    String hash) {}
