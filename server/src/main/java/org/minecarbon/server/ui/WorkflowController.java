package org.minecarbon.server.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.audit.AuditService;
import org.minecarbon.app.audit.AuditView;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.YearStatus;
import org.minecarbon.app.workflow.YearVersionView;
import org.minecarbon.server.access.Requires;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year workflow page (status, version, buttons the user's roles allow, verified versions), a
 * row's change history, and the administrator's audit page with the chain check.
 */
@Controller
class WorkflowController {
  private final WorkflowService workflow;
  private final InventoryService inventory;
  private final AuditService audit;

  /** How many of the newest entries a filtered audit view searches. */
  static final int FILTER_WINDOW = 2000;

  private final AuditLines auditLines;
  private final Refusals refusals;

  WorkflowController(
      WorkflowService workflow,
      InventoryService inventory,
      AuditService audit,
      Refusals refusals,
      AuditLines auditLines) {
    this.refusals = refusals;
    this.auditLines = auditLines;
    this.workflow = workflow;
    this.inventory = inventory;
    this.audit = audit;
  }

  /** One year on the page. */
  record YearLine(YearStatus status, List<YearVersionView> versions) {}

  @GetMapping("/e/{eid}/years")
  @Requires(value = Permission.READ, enterprise = "eid")
  String years(@PathVariable long eid, Model model) {
    List<YearLine> lines = new ArrayList<>();
    for (int year : inventory.years(eid).reversed()) {
      lines.add(new YearLine(workflow.status(eid, year), workflow.versions(eid, year)));
    }
    model.addAttribute("eid", eid);
    model.addAttribute("years", lines);
    model.addAttribute("perms", permissions());
    return "years";
  }

  @PostMapping("/e/{eid}/years/{year}/submit")
  @Requires(value = Permission.SUBMIT, enterprise = "eid")
  String submit(
      @PathVariable long eid,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes flash) {
    return act(eid, flash, () -> workflow.submit(eid, year, reason));
  }

  @PostMapping("/e/{eid}/years/{year}/review")
  @Requires(value = Permission.REVIEW, enterprise = "eid")
  String review(
      @PathVariable long eid,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes flash) {
    return act(eid, flash, () -> workflow.review(eid, year, reason));
  }

  @PostMapping("/e/{eid}/years/{year}/return")
  @Requires(value = Permission.REVIEW, enterprise = "eid")
  String returnToDraft(
      @PathVariable long eid,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes flash) {
    return act(eid, flash, () -> workflow.returnToDraft(eid, year, reason));
  }

  @PostMapping("/e/{eid}/years/{year}/verify")
  @Requires(value = Permission.VERIFY, enterprise = "eid")
  String verify(
      @PathVariable long eid,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes flash) {
    return act(eid, flash, () -> workflow.verify(eid, year, reason));
  }

  @PostMapping("/e/{eid}/years/{year}/reopen")
  @Requires(value = Permission.REOPEN, enterprise = "eid")
  String reopen(
      @PathVariable long eid,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes flash) {
    return act(eid, flash, () -> workflow.reopen(eid, year, reason));
  }

  private String act(
      long eid, RedirectAttributes flash, java.util.function.Supplier<YearStatus> action) {
    try {
      YearStatus s = action.get();
      flash.addFlashAttribute("doneYear", String.valueOf(s.year()));
      flash.addFlashAttribute("doneStatus", s.status());
      flash.addFlashAttribute("doneVersion", s.version());
    } catch (RefusedException | ForbiddenException e) {
      flash.addFlashAttribute("problem", refusals.explain(e, eid));
    }
    return "redirect:/e/" + eid + "/years";
  }

  @GetMapping("/e/{eid}/rows/{rid}/history")
  @Requires(value = Permission.READ, enterprise = "eid")
  String rowHistory(@PathVariable long eid, @PathVariable long rid, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("rid", rid);
    model.addAttribute("entries", auditLines.lines(audit.rowHistory(eid, rid)));
    return "history";
  }

  @GetMapping("/admin/audit")
  @Requires(Permission.AUDIT)
  String adminAudit(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable String user,
      @RequestParam(required = false) @Nullable String entity,
      @RequestParam(required = false) @Nullable LocalDate from,
      @RequestParam(required = false) @Nullable LocalDate to,
      Model model) {
    int p = Math.max(0, page);
    AuditLines.Filter filter = new AuditLines.Filter(user, entity, from, to);
    // a filter searches the newest FILTER_WINDOW entries (one page of the store)
    List<AuditView> entries =
        filter.any()
            ? audit.recent(0, FILTER_WINDOW).stream().filter(filter::matches).toList()
            : audit.recent(p, 50);
    model.addAttribute("entries", auditLines.lines(entries));
    model.addAttribute("filter", filter);
    model.addAttribute("page", filter.any() ? null : p);
    return "audit";
  }

  @PostMapping("/admin/audit/verify")
  @Requires(Permission.AUDIT)
  String adminVerify(Model model) {
    model.addAttribute("check", audit.verify());
    return adminAudit(0, null, null, null, null, model);
  }

  /** The permission names the signed-in user's roles grant (for showing buttons). */
  static Set<String> permissions() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    if (auth != null) {
      for (GrantedAuthority a : auth.getAuthorities()) {
        String name = String.valueOf(a.getAuthority());
        Role.fromName(name.startsWith("ROLE_") ? name.substring(5) : name)
            .ifPresent(r -> out.addAll(r.permissions()));
      }
    }
    return out.stream().map(Enum::name).collect(Collectors.toSet());
  }
}
