package org.minecarbon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.enterprise.EnterpriseInput;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.app.enterprise.SiteInput;
import org.minecarbon.app.enterprise.SiteView;
import org.minecarbon.server.access.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enterprises of the user's group and their sites (mines). */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "Enterprises and their sites (mines)")
class EnterpriseApi {
  private final EnterpriseService enterprises;

  EnterpriseApi(EnterpriseService enterprises) {
    this.enterprises = enterprises;
  }

  @Requires(Permission.READ)
  @GetMapping
  @Operation(summary = "List the enterprises of the user's group")
  List<EnterpriseView> list() {
    return enterprises.list();
  }

  @Requires(Permission.MANAGE_ENTERPRISES)
  @PostMapping
  @Operation(summary = "Create an enterprise (name, industry, gwp, factorSet…)")
  ResponseEntity<EnterpriseView> create(@RequestBody EnterpriseInput input) {
    EnterpriseView created = enterprises.create(input);
    return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id())).body(created);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{id}")
  EnterpriseView get(@PathVariable long id) {
    return enterprises.get(id);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping("/{id}")
  EnterpriseView update(@PathVariable long id, @RequestBody EnterpriseInput input) {
    return enterprises.update(id, input);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    enterprises.delete(id);
    return ResponseEntity.noContent().build();
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{id}/sites")
  List<SiteView> sites(@PathVariable long id) {
    return enterprises.sites(id);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PostMapping("/{id}/sites")
  @Operation(summary = "Add a site; code is the site id rows refer to")
  ResponseEntity<SiteView> addSite(@PathVariable long id, @RequestBody SiteInput input) {
    SiteView created = enterprises.addSite(id, input);
    return ResponseEntity.created(
            URI.create("/api/v1/enterprises/" + id + "/sites/" + created.id()))
        .body(created);
  }

  @Requires(value = Permission.READ, enterprise = "id")
  @GetMapping("/{id}/sites/{siteId}")
  SiteView site(@PathVariable long id, @PathVariable long siteId) {
    return enterprises.site(id, siteId);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @PutMapping("/{id}/sites/{siteId}")
  SiteView updateSite(
      @PathVariable long id, @PathVariable long siteId, @RequestBody SiteInput input) {
    return enterprises.updateSite(id, siteId, input);
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "id")
  @DeleteMapping("/{id}/sites/{siteId}")
  ResponseEntity<Void> deleteSite(@PathVariable long id, @PathVariable long siteId) {
    enterprises.deleteSite(id, siteId);
    return ResponseEntity.noContent().build();
  }
}
