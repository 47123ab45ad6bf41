package org.minecarbon.io.table;

import java.io.IOException;
import java.io.InputStream;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;

/**
 * Limits against hostile or accidental huge input, shared by the JSON, XLSX and CSV readers. Every
 * limit is checked while reading, before the whole input is held in memory, and a breach is one
 * issue naming the limit and where it was exceeded (never an exception, never a partial result).
 */
public final class Limits {
  /**
   * Largest file accepted (64 MiB): a JSON document, an XLSX workbook or one CSV file. A document
   * of {@link #MAX_ROWS} rows must fit (issue 11): 200,513 generated rows are 34.0 MiB as JSON
   * (io's writer), 5.7 MiB as XLSX, 15.6 MiB as CSV (docs/operations.md).
   */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Most bytes of CSV files read from one folder (100 MiB). */
  public static final long MAX_FOLDER_BYTES = 100L * 1024 * 1024;

  /** Most rows accepted in one sheet, one CSV file or one JSON array of rows. */
  public static final int MAX_ROWS = 200_000;

  /** Most columns in one row of a sheet or CSV file (the widest row sets the row's width). */
  public static final int MAX_COLUMNS = 1_000;

  /** Most cells (rows × their width) in one workbook or one CSV file. */
  public static final long MAX_CELLS = 3_000_000;

  /** Longest text: a JSON string or property name, a CSV field, a workbook cell (characters). */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /** Longest number literal in JSON (digits, sign, exponent). */
  public static final int MAX_NUMBER_LENGTH = 200;

  /** Deepest nesting of JSON arrays and objects (a document needs 5). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Most bytes one XLSX part (zip entry) may inflate to, and all parts together (256 MiB). */
  public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

  /**
   * Smallest ratio of compressed to inflated size of an XLSX part (POI's zip-bomb guard): 0.01, a
   * part may inflate at most 100-fold.
   */
  public static final double MIN_INFLATE_RATIO = 0.01;

  private Limits() {}

  /**
   * Reads at most {@link #MAX_BYTES}; more is a FILE_TOO_LARGE issue, a read failure UNREADABLE.
   */
  public static Result<byte[]> readAll(InputStream in, String name) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return Result.err(tooLarge(name));
      }
      return Result.ok(bytes);
    } catch (IOException e) {
      return Result.err(
          Issue.error(IoCodes.UNREADABLE, "", name + ": cannot be read: " + e.getMessage()));
    }
  }

  public static Issue tooLarge(String name) {
    return Issue.error(
        IoCodes.FILE_TOO_LARGE,
        "",
        name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
        "",
        "a file of at most " + MAX_BYTES / (1024 * 1024) + " MB");
  }

  public static Issue tooManyRows(String where, long rows) {
    return tooManyRows(where, rows, "");
  }

  /** As {@link #tooManyRows(String, long)}, with the JSON Pointer of the row array. */
  public static Issue tooManyRows(String where, long rows, String pointer) {
    return Issue.error(
        IoCodes.TOO_MANY_ROWS,
        pointer,
        where + " has " + rows + " rows; the limit is " + MAX_ROWS,
        Long.toString(rows),
        "at most " + MAX_ROWS + " rows");
  }

  /**
   * A limit other than file size or row count was exceeded.
   *
   * @param what what exceeded it, with its location: {@code sheet 燃料 row 7 has 1200 columns}
   * @param limit the limit in words: {@code 1000 columns}
   */
  public static Issue exceeded(String what, String limit) {
    return Issue.error(
        IoCodes.LIMIT_EXCEEDED, "", what + "; the limit is " + limit, "", "at most " + limit);
  }
}
