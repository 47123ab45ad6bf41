package org.minecarbon.app.footprint;

import java.util.List;

/**
 * One page of a process search.
 *
 * @param total how many processes match
 * @param categories every top-level category of the database (for the filter)
 */
public record LcaProcessPage(
    List<LcaProcessView> processes, int page, int size, int total, List<String> categories) {
  public LcaProcessPage {
    processes = List.copyOf(processes);
    categories = List.copyOf(categories);
  }

  public int pages() {
    return Math.max(1, (total + size - 1) / size);
  }
}
