package org.minecarbon.app.meter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.app.meter.MeterService;
import org.minecarbon.app.meter.RegistryView;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.app.workflow.PeriodStatus;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.SiteRecord;
import org.minecarbon.store.meter.RegistryRecord;
import org.minecarbon.store.meter.StoredReading;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Store-backed {@link MeterService}: a batch is validated whole, classified and inserted in one
 * transaction under the enterprise lock (which serializes it with workflow transitions and other
 * batches), and only after the commit are the touched months' rows recomputed and upserted.
 */
public final class StoreMeterService implements MeterService {
  private static final String REGISTRY_FILE = "meters.json";

  private final Store store;
  private final Tenancy tenancy;
  private final PeriodLocks locks;
  private final AuditTrail audit;
  private final InventoryService inventories;
  private final Clock clock;

  public StoreMeterService(
      Store store,
      Tenancy tenancy,
      PeriodLocks locks,
      AuditTrail audit,
      InventoryService inventories,
      Clock clock) {
    this.store = store;
    this.tenancy = tenancy;
    this.locks = locks;
    this.audit = audit;
    this.inventories = inventories;
    this.clock = clock;
  }

  @Override
  public RegistryView registry(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    RegistryRecord r = stored(enterpriseId);
    return new RegistryView(r.version(), tree(r.document()), r.updatedBy(), r.updatedAt());
  }

  @Override
  public RegistryView putRegistry(
      long enterpriseId, byte[] document, @Nullable Long expectedVersion) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "the meter registry");
    parse(enterpriseId, document);
    String text = new String(document, StandardCharsets.UTF_8);
    store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          @Nullable RegistryRecord before = store.meters().registry(enterpriseId).orElse(null);
          store.meters().putRegistry(enterpriseId, expectedVersion, text, tenancy.actor().name());
          audit.record(
              enterpriseId,
              "meter_registry",
              String.valueOf(enterpriseId),
              before == null ? "create" : "update",
              before == null ? null : tree(before.document()),
              tree(text),
              tenancy.actor().reason());
        });
    return registry(enterpriseId);
  }

  @Override
  public IngestResult ingest(
      long enterpriseId, InputStream in, String contentType, boolean refreshRows) {
    tenancy.enterprise(enterpriseId);
    MeterRegistry registry = parse(enterpriseId, stored(enterpriseId).document().getBytes(UTF8));
    List<Reading> readings = read(registry, bytes(in), contentType);
    requireSites(enterpriseId, registry, readings);
    List<StoredReading> rows = readings.stream().map(ReadingCodec::stored).toList();
    Batch batch =
        store.inTransaction(
            () -> {
              locks.lock(enterpriseId);
              requireOpen(enterpriseId, registry.timezone(), rows);
              return Batch.write(store.meters(), enterpriseId, rows);
            });
    // duplicates too: a batch committed before a crash lost its answer and its upsert; re-posting
    // it recomputes the same months (an unchanged row makes no revision)
    RowUpserts upserts = refreshRows ? refresh(enterpriseId, registry, rows) : new RowUpserts();
    notifyListeners(enterpriseId, batch.accepted, readings);
    return new IngestResult(
        batch.accepted, batch.duplicates, batch.conflictKeys(), upserts.changed, upserts.problems);
  }

  private final List<org.minecarbon.app.meter.live.IngestListener> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Live monitoring: told after every committed batch with new readings (and its row upserts). */
  public void addListener(org.minecarbon.app.meter.live.IngestListener listener) {
    listeners.add(listener);
  }

  private void notifyListeners(long enterpriseId, int accepted, List<Reading> batch) {
    if (accepted > 0) {
      listeners.forEach(l -> l.ingested(enterpriseId, accepted, batch));
    }
  }

  @Override
  public MeterReport rows(long enterpriseId, int year) {
    tenancy.enterprise(enterpriseId);
    MeterRegistry registry = parse(enterpriseId, stored(enterpriseId).document().getBytes(UTF8));
    Instant now = clock.instant();
    YearMonth current = YearMonth.from(now.atZone(registry.timezone()));
    YearMonth last = YearMonth.of(year, 12);
    if (last.isAfter(current)) {
      last = current;
    }
    YearMonth first = YearMonth.of(year, 1);
    if (first.isAfter(last)) {
      return new MeterReport(List.of(), List.of(), java.util.Map.of());
    }
    return Derivation.of(store, enterpriseId, registry, first, last, y -> true, now);
  }

  /** Recomputes the months around the readings and upserts the rows of draft years. */
  private RowUpserts refresh(long enterpriseId, MeterRegistry registry, List<StoredReading> fresh) {
    RowUpserts upserts = new RowUpserts();
    if (fresh.isEmpty()) {
      return upserts;
    }
    ZoneId zone = registry.timezone();
    long min = fresh.stream().mapToLong(StoredReading::atMs).min().orElseThrow();
    long max = fresh.stream().mapToLong(StoredReading::atMs).max().orElseThrow();
    YearMonth first = YearMonth.from(Instant.ofEpochMilli(min).atZone(zone)).minusMonths(1);
    YearMonth last = YearMonth.from(Instant.ofEpochMilli(max).atZone(zone)).plusMonths(1);
    IntPredicate draft = y -> isDraft(enterpriseId, y);
    MeterReport report =
        Derivation.of(store, enterpriseId, registry, first, last, draft, clock.instant());
    Set<Integer> years = new TreeSet<>();
    report.rows().forEach(r -> years.add(r.row().meta().period().year()));
    for (int year : years) {
      if (draft.test(year)) {
        List<MeterRow> ofYear =
            report.rows().stream().filter(r -> r.row().meta().period().year() == year).toList();
        upserts.apply(inventories, enterpriseId, year, ofYear);
      }
    }
    return upserts;
  }

  private boolean isDraft(long enterpriseId, int year) {
    return PeriodStatus.of(store.periods().get(enterpriseId, year)) == PeriodStatus.DRAFT;
  }

  /** Refuses (409 PERIOD_LOCKED) a batch with a reading in a year that is not a draft. */
  private void requireOpen(long enterpriseId, ZoneId zone, List<StoredReading> rows) {
    Set<Integer> years = new TreeSet<>();
    rows.forEach(r -> years.add(Instant.ofEpochMilli(r.atMs()).atZone(zone).getYear()));
    years.forEach(y -> locks.requireDraft(enterpriseId, y));
  }

  /** A site-limited user posts readings only for meters of its sites (403 otherwise). */
  private void requireSites(long enterpriseId, MeterRegistry registry, List<Reading> readings) {
    if (!tenancy.scope().siteLimited(enterpriseId)) {
      return;
    }
    Set<String> ids = readings.stream().map(Reading::meter).collect(Collectors.toSet());
    Set<String> sites = new TreeSet<>();
    for (Meter m : registry.meters()) {
      if (ids.contains(m.id())) {
        sites.add(m.site());
      }
    }
    sites.forEach(site -> tenancy.requireSite(enterpriseId, site));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static List<Reading> read(MeterRegistry registry, byte[] bytes, String contentType) {
    String name = contentType.contains("json") ? "readings.ndjson" : "readings.csv";
    Result<List<Reading>> r = ReadingsReader.read(bytes, name, registry);
    if (r instanceof Result.Ok<List<Reading>> ok) {
      return ok.value();
    }
    List<Issue> issues = new ArrayList<>();
    for (Issue i : r.issues()) {
      String loc = i.location();
      int colon = loc.lastIndexOf(':');
      issues.add(colon < 0 ? i : i.at("line " + loc.substring(colon + 1)));
    }
    throw new InvalidInputException("invalid readings: nothing was stored", issues);
  }

  private MeterRegistry parse(long enterpriseId, byte[] document) {
    Set<String> sites =
        store.inventories().sites(enterpriseId).stream()
            .map(SiteRecord::code)
            .collect(Collectors.toSet());
    Result<MeterRegistry> r = RegistryReader.read(document, REGISTRY_FILE, sites);
    if (r instanceof Result.Ok<MeterRegistry> ok) {
      return ok.value();
    }
    throw new InvalidInputException("invalid meter registry", r.issues());
  }

  private RegistryRecord stored(long enterpriseId) {
    return store
        .meters()
        .registry(enterpriseId)
        .orElseThrow(() -> new NotFoundException("meter registry of enterprise", enterpriseId));
  }

  private static byte[] bytes(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded readings failed", e);
    }
  }

  private static ObjectNode tree(String document) {
    Result<JsonNode> r = JsonCodec.parse(document.getBytes(UTF8), REGISTRY_FILE);
    if (r instanceof Result.Ok<JsonNode> ok && ok.value() instanceof ObjectNode o) {
      return o;
    }
    throw new IllegalStateException("stored meter registry is not a JSON object");
  }
}
