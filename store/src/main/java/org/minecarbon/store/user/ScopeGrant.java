package org.minecarbon.store.user;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a user's scope: an enterprise, and within it one site (by code) or, when {@code
 * siteCode} is null, all of its sites. A user without entries is not limited (its whole group).
 */
public record ScopeGrant(long enterpriseId, @Nullable String siteCode) {}
