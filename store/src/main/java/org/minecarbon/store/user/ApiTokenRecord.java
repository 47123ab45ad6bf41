package org.minecarbon.store.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored API token (never its plain text, only its SHA-256).
 *
 * @param prefix the first characters of the token, to tell tokens apart in lists
 */
public record ApiTokenRecord(
    long id,
    long userId,
    String username,
    String name,
    String prefix,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant expiresAt,
    boolean revoked) {

  /** Not revoked and not expired at {@code now}. */
  public boolean activeAt(Instant now) {
    return !revoked && (expiresAt == null || expiresAt.isAfter(now));
  }
}
