package org.minecarbon.stream.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * Which row group each meter feeds, and each group's part of the registry. Gas meters of a site
 * form {@code site:<site>} (one row per source and month, contract §3); the components of a virtual
 * meter go to the virtual meter's group; every other meter is {@code meter:<id>}. A group's
 * sub-registry holds exactly the meters whose month totals its rows need.
 */
public final class RowGroups {
  private final Map<String, List<String>> groupsOf = new LinkedHashMap<>();
  private final Map<String, MeterRegistry> members = new LinkedHashMap<>();

  public RowGroups(MeterRegistry registry) {
    Map<String, Meter> byId = registry.byId();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (Meter m : registry.meters()) {
      if (m.isVirtual()) {
        m.virtual()
            .terms()
            .forEach(
                t -> parents.computeIfAbsent(t.meter(), k -> new LinkedHashSet<>()).add(m.id()));
      }
    }
    Map<String, List<Meter>> groups = new LinkedHashMap<>();
    for (Meter m : registry.meters()) {
      Set<String> ps = parents.getOrDefault(m.id(), Set.of());
      List<String> gs = new ArrayList<>();
      if (ps.isEmpty()) {
        gs.add(own(m));
      } else {
        ps.forEach(p -> gs.add(own(byId.get(p))));
      }
      groupsOf.put(m.id(), List.copyOf(gs));
      gs.forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(m));
    }
    groups.forEach((g, ms) -> members.put(g, new MeterRegistry(registry.timezone(), ms)));
  }

  private static String own(Meter m) {
    return m.kind().isGas() ? "site:" + m.site() : "meter:" + m.id();
  }

  /** The groups a meter's pieces go to (one, or one per virtual meter using it). */
  public List<String> groupsOf(String meter) {
    return groupsOf.getOrDefault(meter, List.of());
  }

  /** The meters of a group as a registry (same timezone). */
  public MeterRegistry registry(String group) {
    MeterRegistry r = members.get(group);
    if (r == null) {
      throw new IllegalArgumentException("unknown row group " + group);
    }
    return r;
  }
}
