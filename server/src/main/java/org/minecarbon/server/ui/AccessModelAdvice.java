package org.minecarbon.server.ui;

import java.util.Set;
import java.util.TreeSet;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Permission;
import org.minecarbon.server.access.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's permissions, so that pages show only the links and buttons it may use. */
@ControllerAdvice(basePackageClasses = AccessModelAdvice.class)
class AccessModelAdvice {
  private final CurrentUser currentUser;

  AccessModelAdvice(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @ModelAttribute("access")
  Set<String> access() {
    Set<String> granted = new TreeSet<>();
    currentUser
        .get()
        .ifPresent(
            (AccessUser u) -> {
              for (Permission p : Permission.values()) {
                if (u.can(p)) {
                  granted.add(p.name());
                }
              }
            });
    return granted;
  }
}
