package org.minecarbon.io.table;

import java.io.IOException;
import java.io.InputStream;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;

/** Limits against hostile or accidental huge input: file size and rows per sheet or file. */
public final class Limits {
  /** Largest file accepted (20 MiB). */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** Most rows accepted in one sheet or CSV file. */
  public static final int MAX_ROWS = 200_000;

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
    return Issue.error(
        IoCodes.TOO_MANY_ROWS,
        "",
        where + " has " + rows + " rows, more than " + MAX_ROWS,
        Long.toString(rows),
        "at most " + MAX_ROWS + " rows");
  }
}
