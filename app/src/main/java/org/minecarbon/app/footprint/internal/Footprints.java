package org.minecarbon.app.footprint.internal;

import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.footprint.LcaProcessService;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.store.Store;

/**
 * Builds the footprint services over one cache of background engines (the composition root's single
 * entry into this package).
 */
public final class Footprints {
  private final FootprintService footprints;
  private final LcaDatabaseService databases;
  private final LcaProcessService processes;

  public Footprints(Store store, Tenancy tenancy, BalanceService balances, JobRunner jobs) {
    Backgrounds backgrounds = new Backgrounds(store);
    this.databases = new StoreLcaDatabaseService(store, tenancy, backgrounds, jobs);
    this.processes = new StoreLcaProcessService(store, tenancy, backgrounds);
    this.footprints =
        new StoreFootprintService(
            store, tenancy, balances, jobs, backgrounds, new FootprintLinks(store, tenancy));
  }

  public FootprintService footprints() {
    return footprints;
  }

  public LcaDatabaseService databases() {
    return databases;
  }

  public LcaProcessService processes() {
    return processes;
  }
}
