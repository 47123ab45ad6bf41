package org.minecarbon.meter.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;

/**
 * One registered meter (contract §1). Cross-field rules (units for the kind, virtual references,
 * unique ids) are checked by {@link RegistryValidator}, so a registry reports every problem.
 *
 * @param pointer JSON Pointer of the meter in the registry document ({@code /meters/2})
 * @param mode null only for a virtual meter
 * @param unit register unit (counter) or rate unit (single-value rate meter)
 * @param flowUnit flow unit of a gas rate pair ({@code m3/min})
 * @param multiplier register units → metered units (current/voltage transformer ratio), default 1
 * @param rollover register capacity; a fall of more than half of it is a wrap
 * @param thresholds limits per channel: {@code value}, {@code flow}, {@code concentration}
 * @param maxGap longest interval still counted as covered (default PT15M)
 * @param stuckAfter how long an unchanged value may last before {@code STUCK}; null = never
 * @param row extra fields copied onto the row ({@code grid}, {@code stage}, {@code gridYear})
 */
public record Meter(
    String pointer,
    String id,
    String site,
    MeterKind kind,
    @Nullable Mode mode,
    @Nullable String unit,
    @Nullable String flowUnit,
    @Nullable String fuel,
    double multiplier,
    @Nullable Double rollover,
    @Nullable Conditions conditions,
    @Nullable Calibration calibration,
    List<Replacement> replacements,
    Map<String, Threshold> thresholds,
    Duration maxGap,
    @Nullable Duration stuckAfter,
    Substitution substitution,
    @Nullable VirtualExpression virtual,
    Map<String, String> row) {

  public static final Duration DEFAULT_MAX_GAP = Duration.ofMinutes(15);

  public Meter {
    replacements = List.copyOf(replacements);
    thresholds = Map.copyOf(thresholds);
    row = Map.copyOf(row);
    Require.that(virtual != null || mode != null, () -> "meter " + id + " needs a mode");
  }

  /** A minimal meter with defaults, for tests and builders; extend with the {@code with…}s. */
  public static Meter of(String id, String site, MeterKind kind, Mode mode, String unit) {
    boolean pair = kind.isGas() && mode == Mode.RATE;
    return new Meter(
        "/meters/" + id,
        id,
        site,
        kind,
        mode,
        pair ? null : unit,
        pair ? unit : null,
        kind == MeterKind.FUEL ? "diesel" : null,
        1.0,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        DEFAULT_MAX_GAP,
        null,
        Substitution.BRIDGE,
        null,
        Map.of());
  }

  public boolean isVirtual() {
    return virtual != null;
  }

  /** A gas rate meter reads (flow, concentration) pairs. */
  public boolean readsPairs() {
    return kind.isGas() && mode == Mode.RATE;
  }

  public Meter withMultiplier(double m, @Nullable Double roll) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        m,
        roll,
        conditions,
        calibration,
        replacements,
        thresholds,
        maxGap,
        stuckAfter,
        substitution,
        virtual,
        row);
  }

  public Meter withConditions(@Nullable Conditions c) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        multiplier,
        rollover,
        c,
        calibration,
        replacements,
        thresholds,
        maxGap,
        stuckAfter,
        substitution,
        virtual,
        row);
  }

  public Meter withReplacements(List<Replacement> r) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        multiplier,
        rollover,
        conditions,
        calibration,
        r,
        thresholds,
        maxGap,
        stuckAfter,
        substitution,
        virtual,
        row);
  }

  public Meter withAlarms(
      Map<String, Threshold> t, @Nullable Duration stuck, @Nullable Calibration c) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        multiplier,
        rollover,
        conditions,
        c,
        replacements,
        t,
        maxGap,
        stuck,
        substitution,
        virtual,
        row);
  }

  public Meter withGaps(Duration gap, Substitution s) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        multiplier,
        rollover,
        conditions,
        calibration,
        replacements,
        thresholds,
        gap,
        stuckAfter,
        s,
        virtual,
        row);
  }

  public Meter withRow(Map<String, String> fields) {
    return new Meter(
        pointer,
        id,
        site,
        kind,
        mode,
        unit,
        flowUnit,
        fuel,
        multiplier,
        rollover,
        conditions,
        calibration,
        replacements,
        thresholds,
        maxGap,
        stuckAfter,
        substitution,
        virtual,
        fields);
  }

  /** A virtual meter of {@code kind} over {@code expression}. */
  public static Meter virtual(String id, String site, MeterKind kind, VirtualExpression e) {
    return new Meter(
        "/meters/" + id,
        id,
        site,
        kind,
        null,
        null,
        null,
        kind == MeterKind.FUEL ? "diesel" : null,
        1.0,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        DEFAULT_MAX_GAP,
        null,
        Substitution.BRIDGE,
        e,
        Map.of());
  }
}
