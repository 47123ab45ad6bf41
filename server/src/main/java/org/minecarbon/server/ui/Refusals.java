package org.minecarbon.server.ui;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.YearStatus;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.MissingPermissionException;
import org.minecarbon.store.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal (locked year, workflow step, separation of duties, missing permission, site scope) as
 * one sentence in the page's language: what was refused, why, and which role can change that. The
 * services' messages are English for the API and the log; pages never show them.
 */
@Component("refusals")
public class Refusals {
  private final MessageSource messages;
  private final WorkflowService workflow;

  Refusals(MessageSource messages, WorkflowService workflow) {
    this.messages = messages;
    this.workflow = workflow;
  }

  /** The sentence for a refusal; {@code enterpriseId} (if known) names the year's status. */
  public String explain(RuntimeException e, @Nullable Long enterpriseId) {
    return switch (e) {
      case MissingPermissionException m ->
          text("refusal.permission", permission(m.permission()), rolesGranting(m.permission()));
      case RefusedException r -> refused(r.issue(), enterpriseId);
      case ForbiddenException f -> text("refusal.scope");
      case StaleVersionException s -> text("entry.stale");
      default -> text("refusal.denied");
    };
  }

  private String refused(Issue issue, @Nullable Long enterpriseId) {
    return switch (issue.code()) {
      case AppCodes.PERIOD_LOCKED -> locked(issue.value(), enterpriseId);
      case AppCodes.WORKFLOW_STATE ->
          text(
              "refusal.workflowState",
              text("audit.status." + issue.value()),
              text("audit.action." + issue.expected()));
      case AppCodes.SEPARATION_OF_DUTIES -> text("refusal.duties", issue.value());
      case Codes.REQUIRED -> text("refusal.reasonRequired");
      default -> {
        String known =
            messages.getMessage(
                "refusal.code." + issue.code(), null, null, LocaleContextHolder.getLocale());
        yield known != null ? known : text("refusal.denied");
      }
    };
  }

  /** "2024 is verified (v1): … ; an administrator can reopen it" in the page's language. */
  private String locked(String year, @Nullable Long enterpriseId) {
    YearStatus s = status(year, enterpriseId);
    if (s == null) {
      return text("refusal.lockedYear", year, text("refusal.unlock.any"));
    }
    boolean verified = s.status().equals("verified");
    String who =
        verified
            ? text("refusal.unlock.verified", rolesGranting(Permission.REOPEN))
            : text("refusal.unlock.review", rolesGranting(Permission.REVIEW));
    return text(
        "refusal.locked",
        String.valueOf(s.year()),
        text("audit.status." + s.status()),
        s.version(),
        who);
  }

  private @Nullable YearStatus status(String year, @Nullable Long enterpriseId) {
    if (enterpriseId == null || !year.matches("\\d{4}")) {
      return null;
    }
    return workflow.status(enterpriseId, Integer.parseInt(year));
  }

  /** A message of the page's language by key (error pages). */
  public String message(String key) {
    return text(key);
  }

  /** The permission's name in the page's language. */
  public String permission(Permission p) {
    return text("permission." + p.name());
  }

  /** The roles that grant a permission, by their names in the page's language. */
  public String rolesGranting(Permission p) {
    return Arrays.stream(Role.values())
        .filter(r -> r.grants(p))
        .map(r -> text("access.role." + r.name()))
        .collect(Collectors.joining(text("refusal.or")));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
