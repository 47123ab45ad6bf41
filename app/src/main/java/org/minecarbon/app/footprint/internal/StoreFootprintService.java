package org.minecarbon.app.footprint.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.footprint.FootprintComputation;
import org.minecarbon.app.footprint.FootprintJob;
import org.minecarbon.app.footprint.FootprintOptions;
import org.minecarbon.app.footprint.FootprintRunView;
import org.minecarbon.app.footprint.FootprintService;
import org.minecarbon.app.footprint.LinksView;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.job.JobView;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.footprint.FootprintInputs;
import org.minecarbon.io.footprint.FootprintJson;
import org.minecarbon.io.footprint.UpstreamBreakdownJson;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.footprint.EngineBackground;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.FootprintCalculator;
import org.minecarbon.lca.footprint.FootprintRequest;
import org.minecarbon.lca.footprint.Links;
import org.minecarbon.lca.footprint.UpstreamBreakdown;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.minecarbon.store.footprint.FootprintRunRecord;
import org.minecarbon.store.footprint.LcaDatabaseRecord;
import org.minecarbon.store.footprint.NewFootprintRun;
import org.minecarbon.store.job.JobRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Footprints exactly as {@code minecarbon footprint} computes them: the balance's calculation of
 * the inventory the user sees, the document's {@code price} and {@code materials[]} extensions, the
 * enterprise's links and background database; the result stored as {@code minecarbon/footprint@1}.
 * With a background database the work (solving background systems) runs as a job; everything that
 * needs the acting user is read before the job starts.
 */
public final class StoreFootprintService implements FootprintService {
  static final String KIND = "footprint";
  private static final int LIST_LIMIT = 50;

  private final Store store;
  private final Tenancy tenancy;
  private final BalanceService balances;
  private final JobRunner jobs;
  private final Backgrounds backgrounds;
  private final FootprintLinks links;
  private final FootprintBands bands;

  StoreFootprintService(
      Store store,
      Tenancy tenancy,
      BalanceService balances,
      JobRunner jobs,
      Backgrounds backgrounds,
      FootprintLinks links) {
    this.store = store;
    this.tenancy = tenancy;
    this.balances = balances;
    this.jobs = jobs;
    this.backgrounds = backgrounds;
    this.links = links;
    this.bands = new FootprintBands(store, tenancy, jobs, backgrounds);
  }

  @Override
  public FootprintJob simulate(long enterpriseId, long runId, int iterations, long seed) {
    return view(bands.submit(enterpriseId, runId, iterations, seed));
  }

  @Override
  public Optional<JsonNode> band(long enterpriseId, long runId) {
    return bands.latest(enterpriseId, runId);
  }

  /** What a run is computed from, read in the request (the job thread has no acting user). */
  private record Inputs(
      long enterpriseId,
      String scopeKey,
      String author,
      FootprintOptions options,
      Calculation calculation,
      FootprintInputs extensions,
      @Nullable Links links,
      @Nullable LcaDatabaseRecord database,
      String hash) {}

  @Override
  public FootprintComputation compute(long enterpriseId, FootprintOptions options) {
    Inputs in = inputs(enterpriseId, options);
    if (in.database() == null || in.links() == null) {
      return new FootprintComputation.Done(run(enterpriseId, store(in, calculate(in, null))));
    }
    long group = tenancy.groupId();
    long databaseId = in.database().id();
    JobView job =
        jobs.submit(
            new JobRunner.Submission(
                KIND, group, enterpriseId, in.scopeKey(), in.author(), params(in)),
            progress -> {
              progress.set(0.05);
              LcaEngine engine = backgrounds.engine(group, databaseId);
              EngineBackground background =
                  new EngineBackground(engine, options.method(), LinkOptions.defaults());
              progress.set(0.5);
              return calculateResult(in, background)
                  .flatMap(f -> withBreakdown(f, engine, options.method()))
                  .map(fb -> (JsonNode) runJson(store(in, fb.footprint(), fb.breakdown())));
            });
    return new FootprintComputation.Queued(view(job));
  }

  private Inputs inputs(long enterpriseId, FootprintOptions options) {
    tenancy.enterprise(enterpriseId);
    Inventory visible = balances.balance(enterpriseId).calculation().inventory();
    Calculation calculation = balances.balance(enterpriseId).calculation();
    // the stored document, unfiltered: price pointers are the enterprise's, as rows keep them
    ObjectNode document =
        store
            .inventories()
            .document(enterpriseId)
            .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
    Result<FootprintInputs> extensions = FootprintInputs.read(document, visible);
    if (!(extensions instanceof Result.Ok<FootprintInputs> ext)) {
      throw new InvalidInputException("the footprint inputs have errors", extensions.issues());
    }
    FootprintLinks.Chosen chosen = links.chosen(enterpriseId);
    String hash =
        Sha256.hex(
            document
                + "\n"
                + optionsJson(options, chosen.database())
                + "\n"
                + chosen.json()
                + "\n"
                + (chosen.database() == null ? "" : chosen.database().sha256()));
    return new Inputs(
        enterpriseId,
        tenancy.cacheKey(enterpriseId),
        tenancy.actor().name(),
        options,
        calculation,
        ext.value(),
        chosen.links(),
        chosen.database(),
        hash);
  }

  private static Footprint calculate(Inputs in, @Nullable EngineBackground background) {
    Result<Footprint> r = calculateResult(in, background);
    if (!(r instanceof Result.Ok<Footprint> ok)) {
      throw new InvalidInputException("the footprint cannot be calculated", r.issues());
    }
    return ok.value();
  }

  private static Result<Footprint> calculateResult(
      Inputs in, @Nullable EngineBackground background) {
    FootprintOptions o = in.options();
    FootprintRequest.Upstream upstream =
        background == null || in.links() == null
            ? null
            : new FootprintRequest.Upstream(in.links(), background, o.method());
    return new FootprintCalculator()
        .calculate(
            new FootprintRequest(
                in.calculation(),
                o.year(),
                o.product(),
                o.allocation(),
                in.extensions().prices(),
                in.extensions().materials(),
                upstream));
  }

  /** A footprint with its upstream rows opened into the background database. */
  private record WithBreakdown(Footprint footprint, UpstreamBreakdown breakdown) {}

  private static Result<WithBreakdown> withBreakdown(Footprint f, LcaEngine engine, String method) {
    return UpstreamBreakdown.of(
            f,
            id -> engine.contributions(id, 1.0, LinkOptions.defaults(), method),
            new UpstreamBreakdown.Limits(TREE_CUTOFF, TREE_DEPTH, TREE_NODES))
        .map(b -> new WithBreakdown(f, b));
  }

  /** Tree limits of the page: nodes under 1 % of the row's upstream part hidden. */
  static final double TREE_CUTOFF = 0.01;

  private static final int TREE_DEPTH = 8;
  private static final int TREE_NODES = 200;
  private static final int TOP = 10;

  private FootprintRunRecord store(Inputs in, Footprint f) {
    return store(in, f, null);
  }

  private FootprintRunRecord store(Inputs in, Footprint f, @Nullable UpstreamBreakdown b) {
    FootprintOptions o = in.options();
    long id =
        store
            .footprints()
            .addRun(
                new NewFootprintRun(
                    in.enterpriseId(),
                    in.scopeKey(),
                    o.year(),
                    o.product(),
                    f.total(),
                    in.database() == null ? null : in.database().id(),
                    in.hash(),
                    optionsJson(o, in.database()).toString(),
                    resultJson(f, b),
                    in.author()));
    return store
        .footprints()
        .run(in.enterpriseId(), in.scopeKey(), id)
        .orElseThrow(() -> new IllegalStateException("run " + id + " not stored"));
  }

  static String resultJson(Footprint f, @Nullable UpstreamBreakdown b) {
    ObjectNode root = FootprintJson.write(f);
    if (b != null) {
      root.set(
          "upstreamContributions", UpstreamBreakdownJson.write(b, f.total(), TOP, TREE_CUTOFF));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      JsonCodec.write(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  static ObjectNode optionsJson(FootprintOptions o, @Nullable LcaDatabaseRecord database) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("year", o.year());
    n.put("product", o.product());
    n.put("allocation", o.allocation().code());
    n.put("method", o.method());
    if (database != null) {
      n.put("database", database.name());
      n.put("databaseSha256", database.sha256());
    }
    return n;
  }

  private static ObjectNode params(Inputs in) {
    ObjectNode n = optionsJson(in.options(), in.database());
    n.put("inputsHash", in.hash());
    return n;
  }

  private static ObjectNode runJson(FootprintRunRecord r) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("runId", r.id());
    n.put("total", r.total());
    return n;
  }

  @Override
  public List<FootprintRunView> runs(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store
        .footprints()
        .runs(enterpriseId, tenancy.cacheKey(enterpriseId), LIST_LIMIT)
        .stream()
        .map(r -> view(r, false))
        .toList();
  }

  @Override
  public FootprintRunView run(long enterpriseId, long runId) {
    tenancy.enterprise(enterpriseId);
    FootprintRunRecord r =
        store
            .footprints()
            .run(enterpriseId, tenancy.cacheKey(enterpriseId), runId)
            .orElseThrow(() -> new NotFoundException("footprint", runId));
    return view(r, true);
  }

  private FootprintRunView run(long enterpriseId, FootprintRunRecord r) {
    return run(enterpriseId, r.id());
  }

  @Override
  public FootprintJob job(long enterpriseId, String jobId) {
    tenancy.enterprise(enterpriseId);
    JobRecord rec = jobs.record(jobId).orElse(null);
    if (rec == null
        || !(KIND.equals(rec.kind()) || FootprintBands.KIND.equals(rec.kind()))
        || rec.enterpriseId() == null
        || rec.enterpriseId() != enterpriseId
        || !rec.scopeKey().equals(tenancy.cacheKey(enterpriseId))) {
      throw new NotFoundException("footprint job", jobId);
    }
    return view(jobs.get(jobId).orElseThrow(() -> new NotFoundException("footprint job", jobId)));
  }

  @Override
  public List<String> products(long enterpriseId, int year) {
    return balances.balance(enterpriseId).calculation().inventory().production().stream()
        .filter(p -> p.meta().period().year() == year)
        .map(p -> p.product())
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public LinksView links(long enterpriseId) {
    return links.view(enterpriseId);
  }

  @Override
  public LinksView saveLinks(long enterpriseId, @Nullable Long databaseId, JsonNode document) {
    return links.save(enterpriseId, databaseId, document);
  }

  private static FootprintJob view(JobView j) {
    JsonNode result = j.result();
    Long runId = result == null || !result.has("runId") ? null : result.path("runId").asLong();
    return new FootprintJob(
        j.id(),
        j.enterpriseId() == null ? 0 : j.enterpriseId(),
        j.state(),
        j.progress(),
        runId,
        j.issues());
  }

  private static FootprintRunView view(FootprintRunRecord r, boolean withResult) {
    return new FootprintRunView(
        r.id(),
        r.enterpriseId(),
        r.year(),
        r.product(),
        r.total(),
        r.inputsHash(),
        JsonCodec.mapper().readTree(r.optionsJson()),
        withResult ? JsonCodec.mapper().readTree(r.resultJson()) : null,
        r.author(),
        r.createdAt());
  }
}
