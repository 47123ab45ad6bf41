package org.minecarbon.app.meter.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.meter.StreamSinkService;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.app.workflow.PeriodStatus;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.store.Store;
import org.minecarbon.store.meter.ConflictRecord;
import org.minecarbon.store.meter.StoredReading;
import org.minecarbon.store.meter.StreamSinkRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Store-backed {@link StreamSinkService}: rows through {@link RowUpserts} (the embedded path's
 * upsert), readings through {@link Batch} (the embedded ingestion's store code), refusals, dead
 * letters and conflicts in {@code meter_stream_event}.
 */
public final class StoreStreamSinkService implements StreamSinkService {
  private final Store store;
  private final Tenancy tenancy;
  private final PeriodLocks locks;
  private final InventoryService inventories;

  public StoreStreamSinkService(
      Store store, Tenancy tenancy, PeriodLocks locks, InventoryService inventories) {
    this.store = store;
    this.tenancy = tenancy;
    this.locks = locks;
    this.inventories = inventories;
  }

  @Override
  public void requireWriter(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "the stream sink");
    if (!tenancy.user().can(Permission.EDIT_DATA)) {
      throw new ForbiddenException("the stream sink needs the permission EDIT_DATA");
    }
  }

  @Override
  public Outcome upsertRows(long enterpriseId, List<StreamRow> rows) {
    requireWriter(enterpriseId);
    Map<String, StreamRow> latest = new LinkedHashMap<>();
    rows.forEach(r -> latest.merge(r.id(), r, (a, b) -> a.revision() >= b.revision() ? a : b));
    Map<Integer, Map<String, ObjectNode>> byYear = new TreeMap<>();
    for (StreamRow r : latest.values()) {
      ObjectNode doc = document(r);
      int year = Period.parse(doc.path("period").asString("")).map(Period::year).orElse(0);
      byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(r.id(), doc);
    }
    Tally t = new Tally();
    for (Map.Entry<Integer, Map<String, ObjectNode>> e : byYear.entrySet()) {
      upsertYear(enterpriseId, e.getKey(), e.getValue(), latest, t);
    }
    return new Outcome(t.changed, rows.size() - t.changed - t.refused, t.refused, t.problems);
  }

  /**
   * The rows of one year: when it is a draft, upserted as the embedded path does; otherwise each
   * row whose document differs from the stored one is refused (an unchanged one is nothing).
   */
  private void upsertYear(
      long enterpriseId,
      int year,
      Map<String, ObjectNode> docs,
      Map<String, StreamRow> latest,
      Tally t) {
    List<StreamSinkRepository.StreamEvent> events = new ArrayList<>();
    List<Issue> problems = new ArrayList<>();
    if (!isDraft(enterpriseId, year)) {
      Map<String, ObjectNode> stored = RowUpserts.storedDocuments(inventories, enterpriseId, year);
      for (Map.Entry<String, ObjectNode> d : docs.entrySet()) {
        ObjectNode old = stored.get(d.getKey());
        if (old == null || !RowUpserts.same(old, d.getValue())) {
          problems.add(
              Issue.error(
                      "PERIOD_LOCKED",
                      "",
                      "the year "
                          + year
                          + " is not a draft: the stream's row was refused, the inventory"
                          + " unchanged")
                  .at(d.getKey()));
        }
      }
    } else {
      RowUpserts u = new RowUpserts();
      u.applyDocuments(inventories, enterpriseId, year, docs);
      t.changed += u.changed;
      problems.addAll(u.problems);
    }
    Set<String> refused = new java.util.TreeSet<>();
    for (Issue i : problems) {
      refused.add(i.location());
      events.add(event(i.location(), latest.get(i.location()).revision(), i));
    }
    t.refused += refused.size();
    t.problems.addAll(problems);
    if (!events.isEmpty()) {
      store.inTransaction(
          () -> {
            locks.lock(enterpriseId);
            events.forEach(ev -> store.meterStream().record(enterpriseId, ev));
          });
    }
  }

  private static StreamSinkRepository.StreamEvent event(String rowId, int revision, Issue i) {
    return new StreamSinkRepository.StreamEvent(
        "row:" + rowId + "@" + revision + ":" + i.code() + ":" + i.pointer(),
        i.code(),
        rowId + ": " + i.message());
  }

  @Override
  public Outcome storeReadings(long enterpriseId, List<StreamReading> readings) {
    requireWriter(enterpriseId);
    MeterRegistry registry = StoredMeters.registry(store, enterpriseId);
    ZoneId zone = registry.timezone();
    List<StoredReading> valid = new ArrayList<>();
    List<StreamSinkRepository.StreamEvent> events = new ArrayList<>();
    for (StreamReading r : readings) {
      Result<List<Reading>> p =
          ReadingsReader.read(
              r.line().getBytes(StandardCharsets.UTF_8), "readings.ndjson", registry);
      if (p instanceof Result.Ok<List<Reading>> ok) {
        ok.value().forEach(x -> valid.add(ReadingCodec.stored(x)));
      } else {
        events.add(readingEvent(r.meter(), r.timeMs(), "INVALID_READING", p.issues().toString()));
      }
    }
    return store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          List<StoredReading> open = new ArrayList<>();
          for (StoredReading s : valid) {
            int year = Instant.ofEpochMilli(s.atMs()).atZone(zone).getYear();
            if (isDraft(enterpriseId, year)) {
              open.add(s);
            } else {
              events.add(
                  readingEvent(
                      s.meterId(),
                      s.atMs(),
                      "PERIOD_LOCKED",
                      "the year " + year + " is not a draft: the reading was not stored"));
            }
          }
          Batch b = Batch.write(store.meters(), enterpriseId, open);
          List<Issue> problems = recordAll(enterpriseId, events);
          return new Outcome(b.accepted, b.duplicates, events.size(), problems);
        });
  }

  private static StreamSinkRepository.StreamEvent readingEvent(
      String meter, long atMs, String code, String message) {
    return new StreamSinkRepository.StreamEvent(
        "reading:" + meter + "@" + atMs,
        code,
        meter + " " + Instant.ofEpochMilli(atMs) + ": " + message);
  }

  @Override
  public Outcome record(long enterpriseId, List<StreamEvent> events) {
    requireWriter(enterpriseId);
    return store.inTransaction(
        () -> {
          locks.lock(enterpriseId);
          int fresh = 0;
          List<ConflictRecord> conflicts = new ArrayList<>();
          for (StreamEvent e : events) {
            StreamSinkRepository.StreamEvent ev =
                new StreamSinkRepository.StreamEvent(e.key(), e.code(), e.message());
            if (store.meterStream().record(enterpriseId, ev)) {
              fresh++;
              conflict(e).ifPresent(conflicts::add);
            }
          }
          store.meters().recordConflicts(enterpriseId, conflicts);
          return new Outcome(fresh, events.size() - fresh, 0, List.of());
        });
  }

  /** A CONFLICT event keyed {@code conflict:<meter>@<epoch ms>} as the store's conflict record. */
  private java.util.Optional<ConflictRecord> conflict(StreamEvent e) {
    String prefix = "conflict:";
    int at = e.key().lastIndexOf('@');
    if (!e.code().equals("CONFLICT") || !e.key().startsWith(prefix) || at < 0) {
      return java.util.Optional.empty();
    }
    String meter = e.key().substring(prefix.length(), at);
    long ms = Long.parseLong(e.key().substring(at + 1));
    return java.util.Optional.of(new ConflictRecord(meter, ms, e.message(), store.meters().now()));
  }

  @Override
  public List<StreamEvent> events(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store.meterStream().events(enterpriseId).stream()
        .map(e -> new StreamEvent(e.key(), e.code(), e.message()))
        .toList();
  }

  private List<Issue> recordAll(long enterpriseId, List<StreamSinkRepository.StreamEvent> events) {
    List<Issue> problems = new ArrayList<>();
    for (StreamSinkRepository.StreamEvent e : events) {
      store.meterStream().record(enterpriseId, e);
      problems.add(Issue.error(e.code(), "", e.message()).at(e.key()));
    }
    return problems;
  }

  private boolean isDraft(long enterpriseId, int year) {
    return PeriodStatus.of(store.periods().get(enterpriseId, year)) == PeriodStatus.DRAFT;
  }

  /** The inventory v1 row with completeness and estimated, as {@link RowUpserts#document}. */
  private static ObjectNode document(StreamRow r) {
    Result<JsonNode> p = JsonCodec.parse(r.row().getBytes(StandardCharsets.UTF_8), r.id());
    if (!(p instanceof Result.Ok<JsonNode> ok) || !(ok.value() instanceof ObjectNode o)) {
      throw new IllegalArgumentException("stream row " + r.id() + " is not a JSON object");
    }
    o.set("completeness", Nodes.number(r.completeness()));
    o.set("estimated", Nodes.number(r.estimated()));
    return o;
  }

  private static final class Tally {
    int changed;
    int refused;
    final List<Issue> problems = new ArrayList<>();
  }
}
