package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.server.access.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reporting periods (years) of an enterprise. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}/years")
@Tag(name = "rows", description = "Activity, sink and production rows")
class PeriodApi {
  private final InventoryService inventories;

  PeriodApi(InventoryService inventories) {
    this.inventories = inventories;
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping
  @Operation(summary = "Years with data or an opened reporting period")
  List<Integer> years(@PathVariable long id) {
    return inventories.years(id);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping("/{year}")
  @Operation(summary = "Open a reporting period before it has rows")
  List<Integer> open(@PathVariable long id, @PathVariable int year) {
    inventories.openPeriod(id, year);
    return inventories.years(id);
  }
}
