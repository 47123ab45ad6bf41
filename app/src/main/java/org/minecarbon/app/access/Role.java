package org.minecarbon.app.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of issue 4. A user has one or more; the permissions are the union. The verifier is a
 * third party: it reads and signs off, it does not enter data; the administrator does not sign off
 * (separation of duties).
 */
public enum Role {
  ADMIN(
      EnumSet.of(
          Permission.READ,
          Permission.EDIT_DATA,
          Permission.MANAGE_ENTERPRISES,
          Permission.MANAGE_CATALOG,
          Permission.SUBMIT,
          Permission.REVIEW,
          Permission.REOPEN,
          Permission.AUDIT,
          Permission.MANAGE_USERS)),
  DATA_ENTRY(
      EnumSet.of(
          Permission.READ, Permission.EDIT_DATA, Permission.MANAGE_CATALOG, Permission.SUBMIT)),
  REVIEWER(EnumSet.of(Permission.READ, Permission.REVIEW)),
  VERIFIER(EnumSet.of(Permission.READ, Permission.VERIFY, Permission.AUDIT)),
  VIEWER(EnumSet.of(Permission.READ));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  /** The role for a stored name ({@code ADMIN}, {@code data_entry}, …). */
  public static Optional<Role> fromName(String name) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
