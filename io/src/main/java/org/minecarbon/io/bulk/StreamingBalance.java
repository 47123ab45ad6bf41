package org.minecarbon.io.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceStream;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.bulk.internal.DocumentStream;

/**
 * The balance of an inventory document v1 in JSON of any size, read token by token and balanced row
 * by row ({@link BalanceStream}): memory is bounded by one chunk of rows, the sites and the
 * per-year sums, never by the file. No size limit applies (unlike {@code Documents}).
 *
 * <p>Same checks, issue codes and pointers as {@code Documents.load} followed by {@code
 * BalanceCalculator}: rows are read by io's own row readers ({@code RowReader}) and checked and
 * calculated by core's. With any error there is no balance, only the issues (at most {@link
 * BalanceStream#DEFAULT_MAX_ISSUES}). The header (format, enterprise, settings, sites) should come
 * before the row arrays, as the writers put it; a header field after a row array costs a second
 * pass over the file. The balance has no calculation lines, so it cannot be explained.
 */
public final class StreamingBalance {
  private StreamingBalance() {}

  public static Result<Balance> balance(Path json, FactorLibrary library) {
    return balance(json, library, UnaryOperator.identity());
  }

  /**
   * @param settings applied to the document's settings (command-line overrides of GWP and factor
   *     set)
   */
  public static Result<Balance> balance(
      Path json, FactorLibrary library, UnaryOperator<Settings> settings) {
    return balance(json, library, settings, Runtime.getRuntime().availableProcessors() > 1);
  }

  /**
   * @param parallel rows are checked and calculated on a second thread while this one reads on
   */
  public static Result<Balance> balance(
      Path json, FactorLibrary library, UnaryOperator<Settings> settings, boolean parallel) {
    return balance(json, library, settings, parallel, fraction -> {});
  }

  /**
   * @param progress told the fraction of the file read so far (0 to 1) every few thousand rows
   */
  public static Result<Balance> balance(
      Path json,
      FactorLibrary library,
      UnaryOperator<Settings> settings,
      boolean parallel,
      DoubleConsumer progress) {
    if (!Files.isRegularFile(json)) {
      return Result.err(Issue.error(IoCodes.FILE_NOT_FOUND, "", "no such file: " + json, json, ""));
    }
    try {
      return new DocumentStream(
              json, library, settings, BalanceStream.DEFAULT_CHUNK_ROWS, parallel, progress)
          .run();
    } catch (IOException e) {
      return Result.err(
          Issue.error(
              IoCodes.UNREADABLE, "", json + " cannot be read: " + e.getMessage(), json, ""));
    }
  }
}
