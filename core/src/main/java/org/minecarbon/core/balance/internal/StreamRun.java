package org.minecarbon.core.balance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * One streamed balance: rows are buffered into chunks; each chunk is an inventory of the header and
 * its rows, checked by {@link InventoryValidator} and calculated by {@link Calculator}, and its
 * lines go into an {@link Accumulation}. When parallel, chunks are processed on one worker thread
 * while the caller reads the next rows (the sums are the same: one thread, chunks in order).
 * Document-wide checks are made here, once: the header's (factor set, sites, empty document) at the
 * start and the end, duplicate row ids across chunks.
 */
public final class StreamRun {
  /** Codes only the calculation reports (factor data), never the validator. */
  private static final Set<String> CALC_ONLY =
      Set.of(
          Codes.MISSING_FACTOR,
          Codes.UNCONFIRMED_FACTOR,
          Codes.GRID_YEAR_FALLBACK,
          Codes.GAS_GRADE_REQUIRED);

  private final FactorLibrary library;
  private final Inventory header;
  private final @Nullable Worker worker;
  private final int chunkRows;
  private final Calculator calculator;
  private final IssueLog validation;
  private final IssueLog calc;
  private final Accumulation acc = new Accumulation();
  private final List<ActivityRow> activities = new ArrayList<>();
  private final List<SinkRow> sinks = new ArrayList<>();
  private final List<ProductionRow> production = new ArrayList<>();
  private final Map<String, String> rowIds = new HashMap<>();
  private final Set<String> unconfirmed = new HashSet<>();
  private @Nullable Issue emptyDocument;
  private final int headerIssues;
  private long rowsWithLines;
  private boolean validateOnly;

  public StreamRun(
      FactorLibrary library,
      Enterprise enterprise,
      Settings settings,
      List<Site> sites,
      int chunkRows,
      int maxIssues,
      boolean parallel) {
    this.library = library;
    this.worker = parallel ? new Worker() : null;
    this.header = new Inventory(enterprise, settings, sites, List.of(), List.of(), List.of());
    // every chunk indexes the sites again (validator and calculator): keep that cost per row small
    this.chunkRows = Math.max(chunkRows, 2 * sites.size());
    this.calculator = new Calculator(library);
    this.validation = new IssueLog(maxIssues);
    this.calc = new IssueLog(maxIssues);
    for (Issue i : InventoryValidator.validate(header, library)) {
      if (i.code().equals(Codes.EMPTY_DOCUMENT)) {
        emptyDocument = i;
      } else {
        validation.add(i);
      }
    }
    headerIssues = validation.size();
  }

  public void accept(ActivityRow row) {
    activities.add(row);
    rowsWithLines++;
    flushIfFull();
  }

  public void accept(SinkRow row) {
    sinks.add(row);
    rowsWithLines++;
    flushIfFull();
  }

  public void accept(ProductionRow row) {
    production.add(row);
    flushIfFull();
  }

  public void validateOnly() {
    validateOnly = true;
  }

  private void flushIfFull() {
    if (activities.size() + sinks.size() + production.size() >= chunkRows) {
      flush();
    }
  }

  private void flush() {
    if (activities.isEmpty() && sinks.isEmpty() && production.isEmpty()) {
      return;
    }
    Inventory chunk =
        new Inventory(
            header.enterprise(), header.settings(), header.sites(), activities, sinks, production);
    activities.clear();
    sinks.clear();
    production.clear();
    boolean onlyValidate = validateOnly;
    if (worker == null) {
      process(chunk, onlyValidate);
    } else {
      worker.submit(() -> process(chunk, onlyValidate));
    }
  }

  /** On the worker thread when parallel; chunks are processed one at a time, in order. */
  private void process(Inventory chunk, boolean onlyValidate) {
    if (validation.hasErrors() || onlyValidate) {
      validate(chunk, InventoryValidator.validate(chunk, library));
    } else {
      calculate(chunk);
    }
  }

  /** Flushes the last chunk and waits until every chunk is processed. */
  private void drain() {
    flush();
    if (worker != null) {
      worker.drain();
    }
  }

  /**
   * Calculates a chunk ({@code Calculator} validates it first). Its issues are the validator's
   * followed by the calculation's; when all are of calculation-only codes the validator found
   * nothing, otherwise the chunk is validated again to tell them apart.
   */
  private void calculate(Inventory chunk) {
    Result<Calculation> r = calculator.calculate(chunk);
    List<Issue> issues = r.issues();
    List<Issue> found = List.of();
    if (!issues.stream().allMatch(i -> CALC_ONLY.contains(i.code()))) {
      found = InventoryValidator.validate(chunk, library);
      if (issues.size() < found.size() || !issues.subList(0, found.size()).equals(found)) {
        throw new IllegalStateException(
            "Calculator no longer reports the validator's issues first");
      }
    }
    validate(chunk, found);
    if (validation.hasErrors()) {
      return;
    }
    for (Issue i : issues.subList(found.size(), issues.size())) {
      if (!i.code().equals(Codes.UNCONFIRMED_FACTOR) || unconfirmed.add(i.message())) {
        calc.add(i);
      }
    }
    if (r instanceof Result.Ok<Calculation> ok) {
      for (CalcLine line : ok.value().lines()) {
        acc.add(line);
      }
    }
    for (ProductionRow p : chunk.production()) {
      acc.add(p);
    }
  }

  /**
   * Keeps the validator's row issues of a chunk and checks row ids across the whole stream, each
   * duplicate-id issue where the validator puts it: after the row's site issue, before its others.
   */
  private void validate(Inventory chunk, List<Issue> found) {
    List<Issue> rowIssues = found.stream().filter(i -> !documentWide(i)).toList();
    int[] next = {0};
    chunk.activities().forEach(r -> row(r.meta(), rowIssues, next));
    chunk.sinks().forEach(r -> row(r.meta(), rowIssues, next));
    chunk.production().forEach(r -> row(r.meta(), rowIssues, next));
    for (int k = next[0]; k < rowIssues.size(); k++) {
      validation.add(rowIssues.get(k));
    }
  }

  private void row(RowMeta m, List<Issue> rowIssues, int[] next) {
    String p = m.pointer();
    while (next[0] < rowIssues.size() && siteIssue(rowIssues.get(next[0]), p)) {
      validation.add(rowIssues.get(next[0]++));
    }
    rowId(m);
    while (next[0] < rowIssues.size() && of(rowIssues.get(next[0]), p)) {
      validation.add(rowIssues.get(next[0]++));
    }
  }

  private static boolean siteIssue(Issue i, String rowPointer) {
    return (i.code().equals(Codes.UNKNOWN_SITE) || i.code().equals(Codes.SITE_REQUIRED))
        && i.pointer().equals(rowPointer + "/site");
  }

  private static boolean of(Issue i, String rowPointer) {
    return i.pointer().equals(rowPointer) || i.pointer().startsWith(rowPointer + "/");
  }

  /** Issues of the header, made once, and duplicate ids, checked across chunks by rowId. */
  private static boolean documentWide(Issue i) {
    return switch (i.code()) {
      case Codes.EMPTY_DOCUMENT, Codes.UNKNOWN_FACTOR_SET, Codes.DUPLICATE_ID -> true;
      default -> i.pointer().startsWith("/sites/");
    };
  }

  /** The validator's duplicate-id rule over the whole stream. */
  private void rowId(RowMeta m) {
    if (m.id() == null || m.id().isBlank()) {
      return;
    }
    String previous = rowIds.putIfAbsent(m.id(), m.pointer());
    if (previous != null) {
      validation.add(
          Issue.error(
              Codes.DUPLICATE_ID,
              m.pointer() + "/id",
              "row id already used at " + previous,
              m.id(),
              "unique row ids"));
    }
  }

  public List<Issue> finishValidation() {
    validateOnly = true;
    drain();
    closeValidation();
    return validation.all();
  }

  private void closeValidation() {
    if (rowsWithLines == 0 && emptyDocument != null) {
      validation.insert(headerIssues, emptyDocument);
    }
  }

  public Result<Balance> finish() {
    drain();
    closeValidation();
    if (validation.hasErrors()) {
      return Result.err(validation.all());
    }
    List<Issue> issues = new ArrayList<>(validation.all());
    issues.addAll(calc.all());
    Calculation lineless =
        new Calculation(
            header,
            header.settings().effectiveGwp(),
            header.settings().effectiveFactorSet(),
            List.of(),
            issues.stream().filter(i -> !i.isError()).toList());
    return Result.of(lineless, issues).flatMap(c -> acc.finish(c, library));
  }
}
