package org.minecarbon.server.access;

import org.minecarbon.app.access.Permission;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in user's roles do not grant the permission a handler requires (HTTP 403). */
public final class MissingPermissionException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  private final Permission permission;

  public MissingPermissionException(Permission permission) {
    super("missing permission " + permission);
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
