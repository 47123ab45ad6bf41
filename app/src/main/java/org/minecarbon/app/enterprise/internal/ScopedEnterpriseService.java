package org.minecarbon.app.enterprise.internal;

import java.util.List;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.enterprise.EnterpriseInput;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.app.enterprise.SiteInput;
import org.minecarbon.app.enterprise.SiteView;

/**
 * The enterprise and site scope (see {@link Tenancy}) around {@link StoreEnterpriseService}: lists
 * hold only what the user may see; a user limited to some enterprises cannot create enterprises; a
 * user limited to some sites changes only those sites and not the enterprise header.
 */
public class ScopedEnterpriseService implements EnterpriseService {
  private final StoreEnterpriseService delegate;
  private final Tenancy tenancy;

  public ScopedEnterpriseService(StoreEnterpriseService delegate, Tenancy tenancy) {
    this.delegate = delegate;
    this.tenancy = tenancy;
  }

  @Override
  public List<EnterpriseView> list() {
    var scope = tenancy.scope();
    return delegate.list().stream().filter(e -> scope.enterpriseAllowed(e.id())).toList();
  }

  @Override
  public EnterpriseView get(long id) {
    return delegate.get(id);
  }

  @Override
  public EnterpriseView create(EnterpriseInput input) {
    tenancy.requireWholeGroup("creating an enterprise");
    return delegate.create(input);
  }

  @Override
  public EnterpriseView update(long id, EnterpriseInput input) {
    tenancy.enterprise(id);
    tenancy.requireWholeEnterprise(id, "changing the enterprise header");
    return delegate.update(id, input);
  }

  @Override
  public void delete(long id) {
    tenancy.enterprise(id);
    tenancy.requireWholeEnterprise(id, "deleting the enterprise");
    delegate.delete(id);
  }

  @Override
  public List<SiteView> sites(long enterpriseId) {
    return delegate.sites(enterpriseId).stream()
        .filter(s -> tenancy.siteVisible(enterpriseId, s.code()))
        .toList();
  }

  @Override
  public SiteView site(long enterpriseId, long siteId) {
    SiteView site = delegate.site(enterpriseId, siteId);
    if (!tenancy.siteVisible(enterpriseId, site.code())) {
      throw new NotFoundException("site", siteId);
    }
    return site;
  }

  @Override
  public SiteView addSite(long enterpriseId, SiteInput input) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireSite(enterpriseId, input.code());
    return delegate.addSite(enterpriseId, input);
  }

  @Override
  public SiteView updateSite(long enterpriseId, long siteId, SiteInput input) {
    tenancy.requireSite(enterpriseId, site(enterpriseId, siteId).code());
    tenancy.requireSite(enterpriseId, input.code());
    return delegate.updateSite(enterpriseId, siteId, input);
  }

  @Override
  public void deleteSite(long enterpriseId, long siteId) {
    tenancy.requireSite(enterpriseId, site(enterpriseId, siteId).code());
    delegate.deleteSite(enterpriseId, siteId);
  }
}
