package org.minecarbon.app.footprint.internal;

import java.util.List;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.footprint.FootprintCodes;
import org.minecarbon.app.footprint.LcaDatabaseImport;
import org.minecarbon.app.footprint.LcaDatabaseService;
import org.minecarbon.app.footprint.LcaDatabaseView;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.minecarbon.store.footprint.LcaDatabaseRecord;
import org.minecarbon.store.footprint.NewLcaDatabase;

/** Background databases of the acting user's group, stored as prepared libraries (blobs). */
public final class StoreLcaDatabaseService implements LcaDatabaseService {
  private final Store store;
  private final Tenancy tenancy;
  private final Backgrounds backgrounds;
  private final DatabaseImports imports;

  StoreLcaDatabaseService(Store store, Tenancy tenancy, Backgrounds backgrounds, JobRunner jobs) {
    this.store = store;
    this.tenancy = tenancy;
    this.backgrounds = backgrounds;
    this.imports = new DatabaseImports(store, tenancy, jobs, backgrounds);
  }

  @Override
  public LcaDatabaseView upload(String name, byte[] zip) {
    String label = label(name);
    Backgrounds.Prepared p = backgrounds.prepare(label, zip);
    long id = add(store, tenancy.groupId(), tenancy.actor().name(), label, zip, p);
    backgrounds.remember(id, p.engine());
    return get(id);
  }

  @Override
  public LcaDatabaseImport startUpload(String name, byte[] zip) {
    return imports.submit(name, zip);
  }

  @Override
  public LcaDatabaseImport importJob(String jobId) {
    return imports.get(jobId);
  }

  @Override
  public List<LcaDatabaseImport> recentImports() {
    return imports.recent();
  }

  static String label(String name) {
    String label = name.isBlank() ? "database" : name.strip();
    return label.length() > 200 ? label.substring(0, 200) : label;
  }

  /** Stores a prepared upload in one insert (nothing half-stored when it fails). */
  static long add(
      Store store, long group, String actor, String label, byte[] zip, Backgrounds.Prepared p) {
    return store
        .footprints()
        .addDatabase(
            new NewLcaDatabase(
                group,
                label,
                p.schemaVersion(),
                p.engine().library().processes().size(),
                p.engine().library().flows().size(),
                zip.length,
                Sha256.hex(zip),
                p.library(),
                actor));
  }

  @Override
  public List<LcaDatabaseView> list() {
    return store.footprints().databases(tenancy.groupId()).stream().map(this::view).toList();
  }

  @Override
  public LcaDatabaseView get(long id) {
    return view(record(id));
  }

  @Override
  public void delete(long id) {
    LcaDatabaseRecord r = record(id);
    int using = store.footprints().linksUsing(id);
    if (using > 0) {
      throw new RefusedException(
          409,
          Issue.error(
              FootprintCodes.DATABASE_IN_USE,
              "",
              "the links of " + using + " enterprise(s) point into " + r.name(),
              r.name(),
              "a database no links use"));
    }
    store.footprints().deleteDatabase(r.groupId(), id);
    backgrounds.forget(id);
  }

  LcaDatabaseRecord record(long id) {
    return store
        .footprints()
        .database(tenancy.groupId(), id)
        .orElseThrow(() -> new NotFoundException("LCA database", id));
  }

  private LcaDatabaseView view(LcaDatabaseRecord r) {
    return new LcaDatabaseView(
        r.id(),
        r.name(),
        r.schemaVersion(),
        r.processCount(),
        r.flowCount(),
        r.sizeBytes(),
        r.sha256(),
        r.uploadedBy(),
        r.uploadedAt(),
        store.footprints().linksUsing(r.id()));
  }
}
