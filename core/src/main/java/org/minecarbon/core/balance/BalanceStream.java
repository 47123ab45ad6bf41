package org.minecarbon.core.balance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.internal.StreamRun;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Require;
import org.minecarbon.core.result.Result;

/**
 * The use case "balance of an inventory too large to hold": the header first ({@link #begin}), then
 * rows one at a time in document order, then {@link #finish}. Memory is bounded by a few chunks of
 * rows ({@code chunkRows}), the per-year sums and the kept issues; no calculation line is kept. Not
 * thread-safe: one caller feeds a stream.
 *
 * <p>Rows are checked by {@code InventoryValidator} and calculated by {@code Calculator}, chunk by
 * chunk, so the checks, issue codes, pointers and figures are those of {@link BalanceCalculator} on
 * the same inventory (sums in the same order when rows come activities, sinks, production).
 * Document-wide checks (factor set, sites, empty document, duplicate row ids) are made once over
 * the whole stream. Row ids are remembered for the duplicate check, so memory also grows with the
 * number of rows that carry an {@code id}.
 *
 * <p>Differences from {@link BalanceCalculator}: the balance's {@code calculation()} has no lines,
 * so a streamed balance cannot be explained ({@code Explainer} finds nothing) and the CLI table
 * cannot tell an empty column from a zero one; at most {@code maxIssues} issues are kept, the rest
 * are counted in one closing {@link #TOO_MANY_ISSUES} issue; a {@code DUPLICATE_ID} issue may come
 * after the other issues of its chunk. An invalid stream gives every issue and no balance.
 */
public final class BalanceStream {
  public static final int DEFAULT_CHUNK_ROWS = 16_384;
  public static final int DEFAULT_MAX_ISSUES = 1_000;

  /** Closing issue of a stream with more issues than are kept (value: how many were left out). */
  public static final String TOO_MANY_ISSUES = "TOO_MANY_ISSUES";

  private final FactorLibrary library;
  private final int chunkRows;
  private final int maxIssues;
  private final boolean parallel;
  private @Nullable StreamRun run;

  /** Default chunk and issue limits; parallel when the machine has more than one processor. */
  public BalanceStream(FactorLibrary library) {
    this(
        library,
        DEFAULT_CHUNK_ROWS,
        DEFAULT_MAX_ISSUES,
        Runtime.getRuntime().availableProcessors() > 1);
  }

  /**
   * @param chunkRows rows checked and calculated together (at least twice the number of sites, so
   *     that indexing the sites for each chunk stays cheap per row)
   * @param maxIssues issues kept; the others are counted
   * @param parallel chunks are checked and calculated on a second thread while the caller goes on
   *     reading (at most two chunks wait); the result is the same either way
   */
  public BalanceStream(FactorLibrary library, int chunkRows, int maxIssues, boolean parallel) {
    Require.that(chunkRows >= 1 && maxIssues >= 1, "chunkRows and maxIssues must be positive");
    this.library = library;
    this.chunkRows = chunkRows;
    this.maxIssues = maxIssues;
    this.parallel = parallel;
  }

  /** Starts a stream: what every row is checked and calculated against. */
  public void begin(Enterprise enterprise, Settings settings, List<Site> sites) {
    run = new StreamRun(library, enterprise, settings, sites, chunkRows, maxIssues, parallel);
  }

  public void accept(ActivityRow row) {
    run().accept(row);
  }

  public void accept(SinkRow row) {
    run().accept(row);
  }

  public void accept(ProductionRow row) {
    run().accept(row);
  }

  /**
   * Tells the stream that the document is invalid for a reason found elsewhere (a row that could
   * not be read): rows are still checked, but no longer calculated.
   */
  public void validateOnly() {
    run().validateOnly();
  }

  /** The balance, or every issue (up to {@code maxIssues}) and no balance. Ends the stream. */
  public Result<Balance> finish() {
    Result<Balance> result = run().finish();
    run = null;
    return result;
  }

  /**
   * Ends a stream that was found invalid elsewhere (see {@link #validateOnly}): the issues {@code
   * InventoryValidator} finds in the header and every row, up to {@code maxIssues}; nothing is
   * calculated.
   */
  public List<Issue> finishValidation() {
    List<Issue> issues = run().finishValidation();
    run = null;
    return issues;
  }

  private StreamRun run() {
    if (run == null) {
      throw new IllegalStateException("call begin(...) before rows and finish()");
    }
    return run;
  }
}
