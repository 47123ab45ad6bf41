package org.minecarbon.io;

/**
 * Stable issue codes of the io module, in addition to {@link org.minecarbon.core.result.Codes}:
 * problems with the file itself rather than its content.
 */
public final class IoCodes {
  private IoCodes() {}

  /** The path does not exist. */
  public static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";

  /** The file exists but cannot be read, or is not a readable workbook. */
  public static final String UNREADABLE = "UNREADABLE";

  /** The file is larger than the accepted maximum (20 MB). */
  public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";

  /** A sheet or CSV file has more rows than accepted (200,000). */
  public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";

  /** A CSV file breaks the CSV syntax (a quoted field left open). */
  public static final String MALFORMED_CSV = "MALFORMED_CSV";

  /** The file extension names no supported format (.json, .xlsx, or a folder of CSV files). */
  public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";

  /**
   * A size limit other than file size and row count was exceeded: JSON nesting depth, text or
   * number length, columns or cells of a sheet, or the inflated size of a workbook part (a zip
   * bomb). The message names the limit and where (see {@code io.table.Limits}).
   */
  public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  /**
   * A Chinese name in a product cell of a workbook or CSV file that the alias file ({@code
   * /aliases/zh.csv}) does not know; the location names the cell ({@code 产量!D12}).
   */
  public static final String UNKNOWN_ALIAS = "UNKNOWN_ALIAS";
}
