package org.minecarbon.app.footprint;

/**
 * A search over a database's processes.
 *
 * @param text part of the name (case-insensitive; blank = every process)
 * @param category a category path prefix (blank = every category)
 * @param page 0-based page
 * @param size processes per page (1–200)
 */
public record ProcessQuery(String text, String category, int page, int size) {
  public static final int DEFAULT_SIZE = 25;

  public ProcessQuery {
    text = text.strip();
    category = category.strip();
    page = Math.max(0, page);
    size = Math.clamp(size, 1, 200);
  }
}
