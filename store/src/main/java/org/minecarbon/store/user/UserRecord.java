package org.minecarbon.store.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A login of the web application.
 *
 * @param passwordHash an encoded hash ({@code {bcrypt}…}); the plain password is never stored
 * @param roles role names without prefix, e.g. {@code ADMIN}, {@code DATA_ENTRY}, {@code VIEWER}
 * @param groupId the group (tenant) whose enterprises the user works on
 */
public record UserRecord(
    long id,
    String username,
    String passwordHash,
    List<String> roles,
    @Nullable Long groupId,
    boolean enabled) {
  public UserRecord {
    roles = List.copyOf(roles);
  }
}
