package org.minecarbon.app.footprint;

import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;

/**
 * The processes of a background database of the acting user's group and the footprint of one of
 * them with its contributions, upstream tree and inventory (what {@code minecarbon lca impact
 * --contributions --tree} prints), group-scoped like the databases.
 */
public interface LcaProcessService {

  /**
   * Processes whose name contains {@code query.text()} (case-insensitive) in {@code
   * query.category()} (a category path prefix; blank = all), sorted by name, one page.
   *
   * @throws NotFoundException for a database of another group
   */
  LcaProcessPage processes(long databaseId, ProcessQuery query);

  /** The methods a process result can use: IPCC AR6/AR5 GWP100 and the database's categories. */
  List<LcaMethodView> methods(long databaseId);

  /**
   * The result of {@code options.amount()} reference units of a process under a method.
   *
   * @throws NotFoundException for a database of another group or an unknown process
   * @throws InvalidInputException for an unknown method, a bad amount or a system that cannot be
   *     solved ({@code SINGULAR_SYSTEM}, {@code NO_QUANTITATIVE_REFERENCE}), every problem listed
   */
  ProcessResultView result(long databaseId, String processId, ProcessResultOptions options);

  /** The result as tables: CSV ({@code csv}) or an XLSX workbook ({@code xlsx}). */
  byte[] export(long databaseId, String processId, ProcessResultOptions options, String format);
}
