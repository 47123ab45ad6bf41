package org.minecarbon.app.enterprise;

import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;

/** Enterprises of the current user's group and their sites (mines). */
public interface EnterpriseService {

  List<EnterpriseView> list();

  /**
   * @throws NotFoundException when there is no such enterprise in the user's group
   */
  EnterpriseView get(long id);

  /**
   * @throws InvalidInputException listing every problem (unknown industry, gwp, factor set…)
   */
  EnterpriseView create(EnterpriseInput input);

  EnterpriseView update(long id, EnterpriseInput input);

  void delete(long id);

  List<SiteView> sites(long enterpriseId);

  SiteView site(long enterpriseId, long siteId);

  SiteView addSite(long enterpriseId, SiteInput input);

  SiteView updateSite(long enterpriseId, long siteId, SiteInput input);

  void deleteSite(long enterpriseId, long siteId);
}
