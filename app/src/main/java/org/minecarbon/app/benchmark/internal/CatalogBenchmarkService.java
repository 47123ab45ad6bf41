package org.minecarbon.app.benchmark.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.benchmark.BenchmarkInput;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.catalog.BenchmarkRecord;
import tools.jackson.databind.JsonNode;

/**
 * Sector benchmarks kept in the store, per tenant: a group sees its own benchmarks and the shared
 * reference ones (stored without a group, read-only); another group's benchmark is unknown (404).
 * Changing the group's benchmarks needs access to the whole group (not a user limited to some
 * enterprises or sites), as they apply to every enterprise of the group.
 */
public class CatalogBenchmarkService implements BenchmarkService {
  private final Store store;
  private final Tenancy tenancy;
  private final AuditTrail audit;

  public CatalogBenchmarkService(Store store, Tenancy tenancy, AuditTrail audit) {
    this.store = store;
    this.tenancy = tenancy;
    this.audit = audit;
  }

  @Override
  public List<BenchmarkView> list() {
    return store.catalog().benchmarks(tenancy.groupId()).stream()
        .map(CatalogBenchmarkService::view)
        .toList();
  }

  @Override
  public BenchmarkView get(long id) {
    return view(visible(id));
  }

  /** The benchmark when the user's group may see it: its own, or a shared reference one. */
  private BenchmarkRecord visible(long id) {
    long group = tenancy.groupId();
    return store
        .catalog()
        .benchmark(id)
        .filter(b -> b.groupId() == null || b.groupId() == group)
        .orElseThrow(() -> new NotFoundException("benchmark", id));
  }

  /** The benchmark when the user may change it: its group's own, with access to the whole group. */
  private void changeable(long id) {
    BenchmarkRecord b = visible(id);
    if (b.groupId() == null) {
      throw new ForbiddenException(
          "benchmark " + id + " is shared reference data and read-only; add your own instead");
    }
    tenancy.requireWholeGroup("changing benchmarks");
  }

  @Override
  public BenchmarkView create(BenchmarkInput input) {
    tenancy.requireWholeGroup("adding a benchmark");
    check(input);
    long group = tenancy.groupId();
    return store.inTransaction(
        () -> {
          long id =
              store
                  .catalog()
                  .addBenchmark(
                      group, input.product().strip(), input.intensity(), input.year(), note(input));
          BenchmarkView created = get(id);
          audit.record(0, "benchmark", String.valueOf(id), "create", null, tree(created), null);
          return created;
        });
  }

  @Override
  public BenchmarkView update(long id, BenchmarkInput input) {
    changeable(id);
    check(input);
    return store.inTransaction(
        () -> {
          BenchmarkView before = get(id);
          store
              .catalog()
              .updateBenchmark(
                  id, input.product().strip(), input.intensity(), input.year(), note(input));
          BenchmarkView after = get(id);
          String bid = String.valueOf(id);
          audit.record(0, "benchmark", bid, "update", tree(before), tree(after), null);
          return after;
        });
  }

  @Override
  public void delete(long id) {
    changeable(id);
    store.inTransaction(
        () -> {
          BenchmarkView before = get(id);
          if (!store.catalog().deleteBenchmark(id)) {
            throw new NotFoundException("benchmark", id);
          }
          audit.record(0, "benchmark", String.valueOf(id), "delete", tree(before), null, null);
        });
  }

  private static JsonNode tree(BenchmarkView v) {
    return JsonCodec.mapper().valueToTree(v);
  }

  @SuppressWarnings("NullAway")
  private static void check(BenchmarkInput in) {
    List<Issue> issues = new ArrayList<>();
    if (in.product() == null || in.product().isBlank()) {
      issues.add(Issue.error(Codes.REQUIRED, "/product", "product is required"));
    } else if (in.product().strip().length() > MAX_PRODUCT) {
      issues.add(tooLong("/product", in.product().strip().length(), MAX_PRODUCT));
    }
    if (in.sourceNote() != null && in.sourceNote().strip().length() > MAX_NOTE) {
      issues.add(tooLong("/sourceNote", in.sourceNote().strip().length(), MAX_NOTE));
    }
    Double v = in.intensity();
    if (v == null) {
      issues.add(Issue.error(Codes.REQUIRED, "/intensity", "intensity (tCO2e/t) is required"));
    } else if (!Double.isFinite(v)) {
      issues.add(Issue.error(Codes.NOT_FINITE, "/intensity", "must be finite", v, "a number"));
    } else if (v < 0) {
      issues.add(
          Issue.error(Codes.NEGATIVE_QUANTITY, "/intensity", "must not be negative", v, "≥ 0"));
    }
    Integer y = in.year();
    if (y == null) {
      issues.add(Issue.error(Codes.REQUIRED, "/year", "year is required"));
    } else if (y < 1900 || y > 2200) {
      issues.add(Issue.error(Codes.INVALID_PERIOD, "/year", "year out of range", y, "1900–2200"));
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException("invalid benchmark", issues);
    }
  }

  /** The column sizes of table benchmark (a longer value used to end in an SQL error, 500). */
  static final int MAX_PRODUCT = 100;

  static final int MAX_NOTE = 2000;

  private static Issue tooLong(String pointer, int length, int max) {
    return Issue.error(
        IoCodes.LIMIT_EXCEEDED,
        pointer,
        "too long: " + length + " characters",
        length,
        "at most " + max + " characters");
  }

  private static String note(BenchmarkInput in) {
    return in.sourceNote() == null ? "" : in.sourceNote().strip();
  }

  static BenchmarkView view(BenchmarkRecord r) {
    return new BenchmarkView(
        r.id(), r.product(), r.intensity(), r.year(), r.sourceNote(), r.version());
  }
}
