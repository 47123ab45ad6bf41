package org.minecarbon.stream.job;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.Integrator;
import org.minecarbon.meter.aggregate.MeterState;
import org.minecarbon.meter.aggregate.MeterStates;
import org.minecarbon.meter.aggregate.MonthGrid;
import org.minecarbon.meter.aggregate.MonthTotals;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.stream.topic.ReadingDeserializer;
import org.minecarbon.stream.topic.ReadingJson;

/**
 * Stage 1, keyed by meter id: the meter's readings in keyed state ({@link MeterStates}, the same
 * aggregator as the batch command), duplicates and conflicts resolved on arrival. An event-time
 * timer per flush slot fires once the watermark has passed it; it integrates the readings up to the
 * timer ({@link Integrator}, unchanged) over the months a new reading can have changed, emits one
 * {@link MonthPiece} per touched month and every alarm not emitted before.
 */
public final class MeterIntegration extends KeyedProcessFunction<String, Reading, MonthPiece> {
  private static final long serialVersionUID = 1L;

  /** Alarms (conflicts on arrival, the integrator's at each flush). */
  public static final OutputTag<MeterAlarm> ALARMS =
      new OutputTag<>("alarms", TypeInformation.of(MeterAlarm.class));

  /** Readings accepted for the first time (to be stored idempotently on (meter, instant)). */
  public static final OutputTag<AcceptedReading> ACCEPTED =
      new OutputTag<>("accepted", TypeInformation.of(AcceptedReading.class));

  private final String registryJson;
  private final long flushMillis;
  private transient Map<String, Meter> meters;
  private transient RowGroups groups;
  private transient ZoneId zone;
  private transient ValueState<MeterStates> states;
  private transient ValueState<Long> dirtyFrom;
  private transient ValueState<Long> integratedTo;
  private transient MapState<String, Boolean> raised;

  /**
   * @param flushMillis event-time slot: readings of one slot are integrated together once the
   *     watermark passes the slot's end (1 ms = after every reading)
   */
  public MeterIntegration(String registryJson, long flushMillis) {
    this.registryJson = registryJson;
    this.flushMillis = flushMillis;
  }

  @Override
  public void open(OpenContext ctx) {
    MeterRegistry registry = ReadingDeserializer.registry(registryJson);
    meters = registry.byId();
    groups = new RowGroups(registry);
    zone = registry.timezone();
    states =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("meter", TypeInformation.of(MeterStates.class)));
    dirtyFrom = getRuntimeContext().getState(new ValueStateDescriptor<>("dirty", Types.LONG));
    integratedTo =
        getRuntimeContext().getState(new ValueStateDescriptor<>("integrated-to", Types.LONG));
    raised =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("raised", Types.STRING, Types.BOOLEAN));
  }

  @Override
  public void processElement(Reading r, Context ctx, Collector<MonthPiece> out) throws Exception {
    MeterStates s = states.value();
    if (s == null) {
      s = new MeterStates();
    }
    MeterState.Outcome o = s.offer(r);
    long t = r.time().toEpochMilli();
    switch (o) {
      case ADDED -> {
        ctx.output(ACCEPTED, new AcceptedReading(r.meter(), t, ReadingJson.write(r)));
        Long d = dirtyFrom.value();
        dirtyFrom.update(d == null ? t : Math.min(d, t));
        ctx.timerService().registerEventTimeTimer(slotEnd(t));
      }
      case CONFLICT -> {
        List<Alarm> c = s.conflicts();
        emit(c.get(c.size() - 1), ctx);
      }
      case DUPLICATE -> {}
    }
    states.update(s);
  }

  private long slotEnd(long t) {
    return Math.floorDiv(t, flushMillis) * flushMillis + flushMillis - 1;
  }

  @Override
  public void onTimer(long ts, OnTimerContext ctx, Collector<MonthPiece> out) throws Exception {
    MeterStates s = states.value();
    Long from = dirtyFrom.value();
    Meter meter = meters.get(ctx.getCurrentKey());
    if (s == null || from == null || from > ts || meter == null) {
      return;
    }
    MeterState all = s.of(meter.id());
    // A late reading (behind the watermark: an idle partition waking up, a backlog) fires its
    // slot's timer after later slots have fired. Integrating only up to this timer would emit its
    // month without the readings after it that earlier timers had already released (a month
    // total too small, and no later timer left to fix it): integrate up to the furthest point
    // ever integrated instead.
    Long before = integratedTo.value();
    long limit = before == null ? ts : Math.max(ts, before);
    integratedTo.update(limit);
    MeterState upTo = prefix(all, limit);
    long start = previousOk(all, all.lowerBound(from), from);
    MonthGrid grid =
        new MonthGrid(zone, month(start), month(upTo.time(upTo.size() - 1)), y -> true);
    Integrator.Outcome o = Integrator.integrate(meter, upTo, grid);
    pieces(meter.id(), grid, o.totals(), ts, out);
    for (Alarm a : o.alarms()) {
      emit(a, ctx);
    }
    int next = all.lowerBound(limit + 1);
    dirtyFrom.update(next < all.size() ? all.time(next) : null);
  }

  /** The interval ending at a new reading starts at the ok reading before it. */
  private static long previousOk(MeterState s, int i, long fallback) {
    for (int j = i - 1; j >= 0; j--) {
      if (s.isOk(j)) {
        return s.time(j);
      }
    }
    return i > 0 ? s.time(0) : fallback;
  }

  private void pieces(
      String id, MonthGrid grid, MonthTotals t, long ts, Collector<MonthPiece> out) {
    for (int i = 0; i < grid.size(); i++) {
      if (t.touched()[i]) {
        for (String g : groups.groupsOf(id)) {
          out.collect(
              new MonthPiece(
                  g,
                  id,
                  grid.month(i).toString(),
                  t.quantity()[i],
                  t.estimated()[i],
                  t.covered()[i],
                  true,
                  ts));
        }
      }
    }
  }

  private YearMonth month(long epochMillis) {
    return YearMonth.from(java.time.Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  /** The readings at or before {@code ts}: what the watermark has released for integration. */
  static MeterState prefix(MeterState all, long ts) {
    int n = all.lowerBound(ts + 1);
    MeterState p = new MeterState();
    for (int i = 0; i < n; i++) {
      Status st = all.isOk(i) ? Status.OK : Status.FAULT;
      p.add(all.time(i), all.a(i), all.b(i), st, all.conditionsFactor(i));
    }
    return p;
  }

  private void emit(Alarm a, Context ctx) throws Exception {
    String key = a.code() + "|" + a.time().toEpochMilli() + "|" + a.message();
    if (!raised.contains(key)) {
      raised.put(key, Boolean.TRUE);
      ctx.output(
          ALARMS, new MeterAlarm(a.code().name(), a.meter(), a.time().toEpochMilli(), a.message()));
    }
  }
}
