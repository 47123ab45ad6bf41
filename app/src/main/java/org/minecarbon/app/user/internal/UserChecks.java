package org.minecarbon.app.user.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.user.UserService.TokenView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.user.ApiTokenRecord;

/** Helpers of {@link StoreUserService}: role names, token views, generated passwords. */
public final class UserChecks {

  private UserChecks() {}

  static List<String> roles(List<String> names, List<Issue> issues) {
    List<String> roles = new ArrayList<>();
    for (String n : names) {
      Role.fromName(n)
          .ifPresentOrElse(
              r -> roles.add(r.name()),
              () ->
                  issues.add(
                      Issue.error(
                          Codes.UNKNOWN_CODE,
                          "/roles",
                          "unknown role",
                          n,
                          "ADMIN, DATA_ENTRY, REVIEWER, VERIFIER, VIEWER")));
    }
    if (names.isEmpty()) {
      issues.add(Issue.error(Codes.REQUIRED, "/roles", "at least one role"));
    }
    List<String> entering =
        roles.stream()
            .filter(r -> r.equals("ADMIN") || r.equals("DATA_ENTRY") || r.equals("REVIEWER"))
            .distinct()
            .toList();
    if (roles.contains("VERIFIER") && !entering.isEmpty()) {
      issues.add(
          Issue.error(
              AppCodes.INCOMPATIBLE_ROLES,
              "/roles",
              "VERIFIER cannot be combined with "
                  + String.join(", ", entering)
                  + ": the verifier signs off data it neither enters, reviews nor administers"
                  + " (separation of duties)",
              String.join(", ", roles),
              "VERIFIER alone (or with VIEWER)"));
    }
    return roles.stream().distinct().toList();
  }

  static TokenView token(ApiTokenRecord t) {
    return new TokenView(
        t.id(),
        t.username(),
        t.name(),
        t.prefix(),
        t.createdAt(),
        t.lastUsedAt(),
        t.expiresAt(),
        t.revoked());
  }

  static void throwOnErrors(String message, List<Issue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(message, issues);
    }
  }
}
