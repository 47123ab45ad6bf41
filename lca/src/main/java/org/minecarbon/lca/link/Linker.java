package org.minecarbon.lca.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;

/**
 * Builds the product system of a process by linking every product input (and waste output) to a
 * provider, recursively and without cut-off (footprint contract §2). Loops are fine: a provider
 * already in the system is reused, so the system is a graph solved as A s = f.
 */
public final class Linker {
  private final Library library;
  private final ProviderIndex index;

  public Linker(Library library) {
    this.library = library;
    this.index = new ProviderIndex(library);
  }

  public ProviderIndex index() {
    return index;
  }

  /** Links the system of {@code process}; empty when it has no quantitative reference. */
  public Optional<TechSystem> link(Process process, LinkOptions options) {
    Optional<Exchange> ref = process.quantitativeReference();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    List<TechFlow> providers = new ArrayList<>();
    Map<TechFlow, Integer> column = new HashMap<>();
    Map<String, int[]> links = new HashMap<>();
    Deque<TechFlow> queue = new ArrayDeque<>();
    TechFlow root = new TechFlow(process.id(), ref.get().flowId());
    add(root, providers, column, queue);
    int linkCount = 0;
    while (!queue.isEmpty()) {
      TechFlow next = queue.poll();
      if (links.containsKey(next.processId())) {
        continue;
      }
      Process p = library.processes().get(next.processId());
      int[] linked = new int[p.exchanges().size()];
      Arrays.fill(linked, -1);
      for (int i = 0; i < linked.length; i++) {
        Exchange e = p.exchanges().get(i);
        Flow f = library.flow(e.flowId());
        if (!Exchanges.isLinkable(e, f)) {
          continue;
        }
        Optional<Process> provider = index.choose(e, options, process.id());
        if (provider.isPresent()) {
          TechFlow tf = new TechFlow(provider.get().id(), f.id());
          linked[i] = add(tf, providers, column, queue);
          linkCount++;
        }
      }
      links.put(p.id(), linked);
    }
    return Optional.of(new TechSystem(providers, links, linkCount, ref.get().amount()));
  }

  private static int add(
      TechFlow tf, List<TechFlow> providers, Map<TechFlow, Integer> column, Deque<TechFlow> queue) {
    Integer existing = column.get(tf);
    if (existing != null) {
      return existing;
    }
    int idx = providers.size();
    providers.add(tf);
    column.put(tf, idx);
    queue.add(tf);
    return idx;
  }
}
