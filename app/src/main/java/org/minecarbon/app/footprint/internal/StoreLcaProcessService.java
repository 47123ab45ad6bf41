package org.minecarbon.app.footprint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.footprint.FootprintCodes;
import org.minecarbon.app.footprint.LcaMethodView;
import org.minecarbon.app.footprint.LcaProcessPage;
import org.minecarbon.app.footprint.LcaProcessService;
import org.minecarbon.app.footprint.LcaProcessView;
import org.minecarbon.app.footprint.ProcessQuery;
import org.minecarbon.app.footprint.ProcessResultOptions;
import org.minecarbon.app.footprint.ProcessResultView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.lca.ResultTables;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.result.Inventory;
import org.minecarbon.store.Store;
import org.minecarbon.store.footprint.LcaDatabaseRecord;

/**
 * Processes of a stored background database and their results: the engine {@code lca impact} uses
 * ({@link LcaEngine#inventory} and {@link LcaEngine#contributions}, default links, the processes'
 * default allocation), loaded once per database by {@link Backgrounds}.
 */
final class StoreLcaProcessService implements LcaProcessService {
  /** A bound on the tree's size whatever the cut-off (as the CLI's). */
  private static final int MAX_NODES = 2000;

  private final Store store;
  private final Tenancy tenancy;
  private final Backgrounds backgrounds;

  StoreLcaProcessService(Store store, Tenancy tenancy, Backgrounds backgrounds) {
    this.store = store;
    this.tenancy = tenancy;
    this.backgrounds = backgrounds;
  }

  @Override
  public LcaProcessPage processes(long databaseId, ProcessQuery query) {
    Library lib = engine(record(databaseId)).library();
    String text = query.text().toLowerCase(Locale.ROOT);
    List<LcaProcessView> hits =
        lib.processes().values().stream()
            .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(text))
            .filter(p -> p.category().startsWith(query.category()))
            .sorted(Comparator.comparing(Process::name).thenComparing(Process::id))
            .map(p -> view(lib, p))
            .toList();
    int from = Math.min(hits.size(), query.page() * query.size());
    int to = Math.min(hits.size(), from + query.size());
    TreeSet<String> categories = new TreeSet<>();
    for (Process p : lib.processes().values()) {
      int slash = p.category().indexOf('/');
      categories.add(slash < 0 ? p.category() : p.category().substring(0, slash));
    }
    categories.remove("");
    return new LcaProcessPage(
        hits.subList(from, to), query.page(), query.size(), hits.size(), List.copyOf(categories));
  }

  @Override
  public List<LcaMethodView> methods(long databaseId) {
    return ProcessResults.methods(engine(record(databaseId)).library());
  }

  @Override
  public ProcessResultView result(long databaseId, String processId, ProcessResultOptions o) {
    LcaDatabaseRecord db = record(databaseId);
    LcaEngine engine = engine(db);
    Library lib = engine.library();
    Process process =
        lib.process(processId).orElseThrow(() -> new NotFoundException("process", processId));
    LcaMethodView method =
        ProcessResults.methods(lib).stream()
            .filter(m -> m.id().equals(o.method()))
            .findFirst()
            .orElseThrow(() -> unknownMethod(lib, o.method()));
    LinkOptions links = LinkOptions.defaults();
    Inventory inv = solved(engine.inventory(processId, o.amount(), links));
    Contributions c = solved(engine.contributions(processId, o.amount(), links, method.id()));
    UpstreamNode tree = solved(c.tryTree(o.cutoff(), o.maxDepth(), MAX_NODES));
    return ProcessResults.view(
        view(lib, process), inv, method, c, tree, o, ProcessResults.trace(db, inv, method));
  }

  @Override
  public byte[] export(
      long databaseId, String processId, ProcessResultOptions options, String format) {
    ProcessResultOptions all =
        new ProcessResultOptions(
            options.amount(),
            options.method(),
            options.top(),
            options.maxDepth(),
            options.cutoff(),
            0,
            Integer.MAX_VALUE);
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("xlsx")) {
      throw new InvalidInputException(
          Issue.error(FootprintCodes.INVALID_OPTION, "/format", "format must be csv or xlsx"));
    }
    List<ResultTables.Table> tables = ProcessResults.tables(result(databaseId, processId, all));
    return f.equals("csv") ? ResultTables.csv(tables) : ResultTables.xlsx(tables);
  }

  private static <T> T solved(Result<T> r) {
    return switch (r) {
      case Result.Ok<T> ok -> ok.value();
      case Result.Err<T> err ->
          throw new InvalidInputException(
              "the process's system cannot be solved",
              err.issues().stream()
                  .map(i -> Issue.error(i.code(), "/process", i.message()))
                  .toList());
    };
  }

  private static InvalidInputException unknownMethod(Library lib, String method) {
    List<String> known = new ArrayList<>();
    ProcessResults.methods(lib).forEach(m -> known.add(m.id()));
    return new InvalidInputException(
        Issue.error(
            FootprintCodes.UNKNOWN_METHOD,
            "/method",
            "unknown method " + method + "; known: " + String.join(", ", known)));
  }

  private LcaEngine engine(LcaDatabaseRecord db) {
    return backgrounds.engine(db.groupId(), db.id());
  }

  private LcaDatabaseRecord record(long id) {
    return store
        .footprints()
        .database(tenancy.groupId(), id)
        .orElseThrow(() -> new NotFoundException("LCA database", id));
  }

  private static LcaProcessView view(Library lib, Process p) {
    var ref = p.quantitativeReference();
    String flow = ref.map(e -> lib.flow(e.flowId()).name()).orElse("");
    String unit =
        ref.flatMap(e -> lib.referenceUnit(lib.flow(e.flowId())))
            .map(org.minecarbon.lca.model.Unit::name)
            .orElse("");
    return new LcaProcessView(p.id(), p.name(), p.category(), p.type().name(), flow, unit);
  }
}
