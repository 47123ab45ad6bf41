package org.minecarbon.core.uncertainty.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.uncertainty.InputUncertainty;

/** Decides the distribution of every input: the row's own, else the default for its source. */
public final class InputResolver {
  static final String ALLOWANCE_NOTE =
      "exact: a purchased allowance is a registered market instrument, not a measurement";
  static final String EXACT_FACTOR = "no uncertainty in the factor data: treated as exact";

  private final ActivityDefaults defaults;
  private final List<InputUncertainty> activityInputs = new ArrayList<>();
  private final Map<String, InputUncertainty> factorInputs = new LinkedHashMap<>();
  private final Map<String, Integer> slotIndex = new LinkedHashMap<>();
  private final List<Distribution> slots = new ArrayList<>();

  private InputResolver(ActivityDefaults defaults) {
    this.defaults = defaults;
  }

  public static ResolvedInputs resolve(Calculation calc, ActivityDefaults defaults) {
    return new InputResolver(defaults).run(calc);
  }

  private ResolvedInputs run(Calculation calc) {
    List<CalcLine> lines = calc.lines();
    int n = lines.size();
    Distribution[] activity = new Distribution[n];
    int[][] factorSlots = new int[n][];
    TreeSet<Integer> yearSet = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      CalcLine line = lines.get(i);
      activity[i] = activity(line);
      factorSlots[i] = factorSlots(line);
      yearSet.add(line.year());
    }
    int[] years = yearSet.stream().mapToInt(Integer::intValue).toArray();
    int[] lineYear = new int[n];
    for (int i = 0; i < n; i++) {
      lineYear[i] = java.util.Arrays.binarySearch(years, lines.get(i).year());
    }
    List<InputUncertainty> inputs = new ArrayList<>(activityInputs);
    inputs.addAll(factorInputs.values());
    return new ResolvedInputs(activity, factorSlots, slots, years, lineYear, inputs);
  }

  private @Nullable Distribution activity(CalcLine line) {
    String label = line.row().label();
    Distribution own = line.row().uncertainty();
    if (line.column() == Column.ALLOWANCE) {
      String why = own == null ? ALLOWANCE_NOTE : ALLOWANCE_NOTE + " (row uncertainty ignored)";
      note(label, null, why);
      return null;
    }
    if (own != null) {
      note(label, own, "row");
      return own;
    }
    var entry = defaults.find(line.source());
    if (entry.isEmpty()) {
      note(label, null, "no default for source '" + line.source() + "': treated as exact");
      return null;
    }
    note(label, entry.get().distribution(), entry.get().describe());
    return entry.get().distribution();
  }

  private void note(String label, @Nullable Distribution d, String source) {
    activityInputs.add(new InputUncertainty(label, InputUncertainty.ACTIVITY, spec(d), source));
  }

  private int[] factorSlots(CalcLine line) {
    int[] out = new int[line.factors().size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = slot(line.factors().get(j).factor());
    }
    return out;
  }

  private int slot(Factor f) {
    Distribution d = f.uncertainty();
    if (d == null || Sampler.params(d).isExact()) {
      factorInputs.computeIfAbsent(
          f.id() + "|none",
          k -> new InputUncertainty(f.id(), InputUncertainty.FACTOR, spec(d), EXACT_FACTOR));
      return -1;
    }
    // One slot per factor id: the same default factor is one uncertain quantity wherever used.
    String key = f.id() + "|" + d.spec();
    Integer existing = slotIndex.get(key);
    if (existing != null) {
      return existing;
    }
    int index = slots.size();
    slots.add(d);
    slotIndex.put(key, index);
    String source = "factor set " + f.set() + (f.note().isBlank() ? "" : ": " + f.note());
    factorInputs.put(key, new InputUncertainty(f.id(), InputUncertainty.FACTOR, d.spec(), source));
    return index;
  }

  private static String spec(@Nullable Distribution d) {
    return d == null ? InputUncertainty.NONE : d.spec();
  }
}
