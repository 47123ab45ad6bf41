package org.minecarbon.app.balance;

import org.minecarbon.app.NotFoundException;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explanation;

/** Explanations of balance figures: every line with its row, formula, terms and cited factors. */
public interface ExplainService {

  /** One column of one year (e.g. 2024 fugitive CH4). */
  Explanation column(long enterpriseId, int year, Column column);

  /** The emissions total of one year. */
  Explanation total(long enterpriseId, int year);

  /**
   * One row, named by its user key, JSON Pointer ({@code /activities/3}) or database id.
   *
   * @throws NotFoundException when no row matches
   */
  Explanation row(long enterpriseId, String row);
}
