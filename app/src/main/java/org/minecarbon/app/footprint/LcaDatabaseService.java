package org.minecarbon.app.footprint;

import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;

/**
 * Background LCA databases of the acting user's group: an openLCA JSON-LD zip uploaded once,
 * checked and prepared as {@code lca import} prepares it, stored and reused by every footprint.
 */
public interface LcaDatabaseService {

  /**
   * Checks and prepares an uploaded JSON-LD zip.
   *
   * @throws InvalidInputException with every problem of the package
   */
  LcaDatabaseView upload(String name, byte[] zip);

  /**
   * Starts preparing an uploaded zip as a job (kind {@code lca-database-import}) and returns at
   * once; the job stores the database as its last phase, or fails with every problem of the package
   * and stores nothing.
   */
  LcaDatabaseImport startUpload(String name, byte[] zip);

  /**
   * @throws NotFoundException for an import of another group (or an unknown id)
   */
  LcaDatabaseImport importJob(String jobId);

  /** The group's imports started since the application started, newest first. */
  List<LcaDatabaseImport> recentImports();

  List<LcaDatabaseView> list();

  /**
   * @throws NotFoundException for a database of another group
   */
  LcaDatabaseView get(long id);

  /**
   * Deletes a database no enterprise's links use.
   *
   * @throws RefusedException (409) when links still point into it
   */
  void delete(long id);
}
