package org.minecarbon.app.plan;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.planning.zone.ProvinceEnergy;
import org.minecarbon.planning.zone.Zoning;
import tools.jackson.databind.JsonNode;

/**
 * Plans of an enterprise: stored per enterprise and versioned (a save adds a version, never
 * overwrites), run as jobs over the enterprise's inventory as stored ({@code
 * InventoryService.checked}, so the plan's baseline is exactly the balance's), audited (create,
 * save, delete, run). Every lookup goes through the tenancy: a plan or run of an enterprise outside
 * the user's group or scope is not found.
 */
public interface PlanService {

  /** The latest version of every plan of the enterprise, by plan id. */
  List<PlanVersion> list(long enterpriseId);

  /**
   * Creates a plan (version 1) from a plan document v1; its {@code inventory}, if any, is dropped
   * (a run uses the enterprise's), its {@code name} field names the plan.
   *
   * @throws InvalidInputException with every problem of the document (JSON Pointers into it)
   * @throws ForbiddenException without the permission to edit data
   */
  PlanVersion create(long enterpriseId, JsonNode document);

  /**
   * Saves a changed document as the next version of a plan.
   *
   * @throws InvalidInputException with every problem of the document
   * @throws NotFoundException for a plan of another enterprise
   */
  PlanVersion save(long enterpriseId, long planId, JsonNode document);

  /** Every version of a plan, oldest first. */
  List<PlanVersion> versions(long enterpriseId, long planId);

  /**
   * @param version null for the latest
   * @throws NotFoundException for an unknown plan or version
   */
  PlanVersion get(long enterpriseId, long planId, @Nullable Integer version);

  /** Deletes a plan with all its versions and runs' links (audited). */
  void delete(long enterpriseId, long planId);

  /**
   * Starts a run of a plan version on the enterprise's inventory; returns at once.
   *
   * @param version null for the latest
   * @throws InvalidInputException when the document is not valid against the inventory as it is now
   */
  PlanJob run(long enterpriseId, long planId, @Nullable Integer version);

  /** The runs of a plan started in the user's scope, newest first. */
  List<PlanJob> runs(long enterpriseId, long planId);

  /**
   * @throws NotFoundException for an unknown run, or one of another plan, enterprise or scope
   */
  PlanJob job(long enterpriseId, long planId, String jobId);

  /** Cancels a running run; returns it as it is now. */
  PlanJob cancel(long enterpriseId, long planId, String jobId);

  /**
   * The programme a finished run solved, as free MPS (contract plan-v1 §4).
   *
   * @throws NotFoundException when the run is unknown or has no result
   */
  String mps(long enterpriseId, long planId, String jobId);

  /**
   * A finished run as an XLSX workbook (sheets 路径, 措施, MACC, 阶段, 违反), with the names of the plan
   * version it ran.
   *
   * @throws NotFoundException when the run is unknown or has no result
   */
  byte[] xlsx(long enterpriseId, long planId, String jobId);

  /**
   * A finished run as a PDF report (targets, scenarios, pathway, MACC, phases, adopted measures
   * with citations, violations), named from enterprise, plan and version.
   *
   * @throws NotFoundException when the run is unknown or has no result
   */
  PlanDownload pdf(long enterpriseId, long planId, String jobId);

  /** The group's provinces' energy data (seed-004 zoning), by province then year. */
  List<ProvinceEnergy> provinceEnergy();

  /**
   * Stores provinces' energy data, replacing the rows of the same province and year (audited,
   * group-level entity {@code province_energy}).
   *
   * @throws ForbiddenException without MANAGE_CATALOG, or for a user limited to some enterprises
   */
  void putProvinceEnergy(List<ProvinceEnergy> rows);

  /**
   * The seed-004 zone of the enterprise's province ({@code enterprise.province} of its header),
   * from the latest year of the group's data for that province; empty when the enterprise names no
   * province or the group has no data for it.
   */
  Optional<Zoning> zoning(long enterpriseId);
}
