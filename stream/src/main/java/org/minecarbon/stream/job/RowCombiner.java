package org.minecarbon.stream.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.meter.aggregate.MonthGrid;
import org.minecarbon.meter.aggregate.MonthTotals;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.stream.topic.ReadingDeserializer;

/**
 * Stage 2, keyed by (row group, month): the latest {@link MonthPiece} of each of the group's
 * meters; once the watermark passes a flush, the group's rows of that month are rebuilt by {@code
 * MeterRows.fromTotals} (virtual meters, gas sums per site and source, completeness = the least of
 * the meters, silent ones 0) and each changed row is emitted with the next revision.
 */
public final class RowCombiner extends KeyedProcessFunction<String, MonthPiece, RowUpsert> {
  private static final long serialVersionUID = 1L;
  private final String registryJson;
  private transient RowGroups groups;
  private transient MapState<String, MonthPiece> pieces;
  private transient MapState<String, String> emitted;
  private transient MapState<String, Integer> revisions;

  public RowCombiner(String registryJson) {
    this.registryJson = registryJson;
  }

  @Override
  public void open(OpenContext ctx) {
    groups = new RowGroups(ReadingDeserializer.registry(registryJson));
    pieces =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "pieces", Types.STRING, TypeInformation.of(MonthPiece.class)));
    emitted =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
    revisions =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("revisions", Types.STRING, Types.INT));
  }

  @Override
  public void processElement(MonthPiece p, Context ctx, Collector<RowUpsert> out) throws Exception {
    pieces.put(p.meter(), p);
    ctx.timerService().registerEventTimeTimer(p.asOf());
  }

  @Override
  public void onTimer(long ts, OnTimerContext ctx, Collector<RowUpsert> out) throws Exception {
    String key = ctx.getCurrentKey();
    int bar = key.lastIndexOf('|');
    MeterRegistry registry = groups.registry(key.substring(0, bar));
    YearMonth ym = YearMonth.parse(key.substring(bar + 1));
    MonthGrid grid = new MonthGrid(registry.timezone(), ym, ym, y -> true);
    Map<String, MonthTotals> totals = new LinkedHashMap<>();
    for (Meter m : registry.meters()) {
      if (!m.isVirtual()) {
        MonthPiece p = pieces.get(m.id());
        totals.put(m.id(), p == null ? MonthTotals.empty(1) : totals(p));
      }
    }
    long now = Math.max(ts, ctx.timerService().currentWatermark());
    for (MeterRow r :
        MeterRows.fromTotals(registry, grid, totals, Instant.ofEpochMilli(now)).rows()) {
      String json = InventoryWriter.writeActivity(r.row()).toString();
      String content = json + "|" + r.completeness() + "|" + r.estimated();
      if (!content.equals(emitted.get(r.id()))) {
        emitted.put(r.id(), content);
        Integer rev = revisions.get(r.id());
        int next = rev == null ? 1 : rev + 1;
        revisions.put(r.id(), next);
        out.collect(
            new RowUpsert(
                r.id(),
                next,
                json,
                headline(r.row()),
                r.completeness(),
                r.estimated(),
                String.join(",", r.meters())));
      }
    }
  }

  private static MonthTotals totals(MonthPiece p) {
    return new MonthTotals(
        new double[] {p.quantity()},
        new double[] {p.estimated()},
        new long[] {p.covered()},
        new boolean[] {p.touched()});
  }

  /** See {@link RowUpsert#quantity()}. */
  static double headline(ActivityRow row) {
    return switch (row) {
      case ActivityRow.Electricity e ->
          e.exported() == null ? e.quantity().value() : e.exported().value();
      case ActivityRow.Fuel f -> f.quantity().value();
      case ActivityRow.Heat h -> h.quantity() == null ? 0 : h.quantity().value();
      case ActivityRow.Flare f -> f.quantity().value();
      case ActivityRow.MineMethane m -> nz(m.ventilation()) + nz(m.drainage());
      case ActivityRow.MineCo2 m -> nz(m.ventilation()) + nz(m.drainage());
      default -> throw new IllegalStateException("not a meter row: " + row.source());
    };
  }

  private static double nz(@org.jspecify.annotations.Nullable Double d) {
    return d == null ? 0 : d;
  }
}
