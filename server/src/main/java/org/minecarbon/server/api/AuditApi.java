package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.audit.AuditCheck;
import org.minecarbon.app.audit.AuditService;
import org.minecarbon.app.audit.AuditView;
import org.minecarbon.server.access.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: a row's history, the group's entries, and the hash-chain check. Entries are
 * filtered to the caller's group; the chain is global, so its check names only the first broken
 * seq.
 */
@RestController
@Tag(name = "audit", description = "Audit trail and its hash chain")
class AuditApi {
  private final AuditService audit;

  AuditApi(AuditService audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/enterprises/{id}/rows/{rowId}/history")
  @Operation(summary = "Who changed the row, when, from what to what, and why (newest first)")
  @Requires(value = Permission.READ, enterprise = "id")
  List<AuditView> rowHistory(@PathVariable long id, @PathVariable long rowId) {
    return audit.rowHistory(id, rowId);
  }

  @GetMapping("/api/v1/admin/audit")
  @Operation(summary = "The audit entries of the caller's group, newest first, paged")
  @Requires(Permission.AUDIT)
  List<AuditView> recent(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return audit.recent(page, size);
  }

  @GetMapping("/api/v1/admin/audit/verify")
  @Operation(summary = "Check the hash chain: {ok, entries, firstBroken, message}")
  @Requires(Permission.AUDIT)
  AuditCheck verifyGet() {
    return audit.verify();
  }

  @PostMapping("/api/v1/admin/audit/verify")
  @Operation(summary = "Check the hash chain (same as GET)")
  @Requires(Permission.AUDIT)
  AuditCheck verify() {
    return audit.verify();
  }
}
