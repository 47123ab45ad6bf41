package org.minecarbon.app.meter.live;

import java.util.List;

/** Live monitoring of an enterprise's sites from their meters (contract meters v1 §3). */
public interface LiveService {

  /**
   * The sites of the enterprise that have registered meters and the user may see (none without a
   * registry).
   */
  List<String> sites(long enterpriseId);

  /**
   * The names of the enterprise's sites by code, as its inventory gives them (the code when a site
   * has no name).
   */
  java.util.Map<String, String> siteNames(long enterpriseId);

  /**
   * Today / this month / this year emissions of a site's meters by balance column, computed with
   * the balance's calculator on the same {@code meter:} rows the inventory receives.
   *
   * @throws org.minecarbon.app.NotFoundException without a registry
   * @throws org.minecarbon.app.ForbiddenException for a site outside the user's scope
   */
  LiveFigures figures(long enterpriseId, String site);

  /** The methane panel of a site over the last {@code hours} hours (1–168). */
  MethanePanel methane(long enterpriseId, String site, int hours);

  /** Registers a listener told after every committed ingestion. */
  void addListener(IngestListener listener);
}
