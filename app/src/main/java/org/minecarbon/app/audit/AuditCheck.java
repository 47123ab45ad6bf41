package org.minecarbon.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit hash chain (global over all tenants, so it names only the first
 * broken seq, never another tenant's data).
 */
public record AuditCheck(boolean ok, long entries, @Nullable Long firstBroken, String message) {}
