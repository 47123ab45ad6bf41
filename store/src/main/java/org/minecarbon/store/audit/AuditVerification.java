package org.minecarbon.store.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit hash chain.
 *
 * @param entries how many entries were checked
 * @param firstBroken the seq of the first entry that does not verify, or null when ok
 * @param message what is wrong (or "audit chain OK: N entries")
 */
public record AuditVerification(
    boolean ok, long entries, @Nullable Long firstBroken, String message) {}
