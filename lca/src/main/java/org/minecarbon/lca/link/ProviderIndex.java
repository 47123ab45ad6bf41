package org.minecarbon.lca.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.ProcessType;

/**
 * For every product/waste flow, the processes that can provide it, and the contract §2 choice among
 * them: a preferred process, then the exchange's default provider, then {@link ProviderTies}: by
 * default a process whose quantitative reference is the flow, then a unit process over an LCI
 * result, then the smallest name (code-point order), then the smallest @id; or openLCA's rule.
 */
public final class ProviderIndex {
  private final Library library;
  private final Map<String, List<Process>> providers = new HashMap<>();
  private final Map<ProviderTies.OpenLca, Map<String, Integer>> openLcaRanks =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ProviderIndex(Library library) {
    this.library = library;
    for (Process p : library.allProcesses()) {
      for (Exchange e : p.exchanges()) {
        Flow f = library.flow(e.flowId());
        if (Exchanges.isProviderFlow(e, f)) {
          List<Process> list = providers.computeIfAbsent(f.id(), k -> new ArrayList<>());
          if (!list.contains(p)) {
            list.add(p);
          }
        }
      }
    }
  }

  /** All processes providing {@code flowId}. */
  public List<Process> candidates(String flowId) {
    return providers.getOrDefault(flowId, List.of());
  }

  /** The provider chosen for {@code e} under {@code options}, if any process provides its flow. */
  public Optional<Process> choose(Exchange e, LinkOptions options) {
    return choose(e, options, "");
  }

  /**
   * The provider chosen for {@code e} in the system of {@code rootId} (openLCA's tie rule depends
   * on which process is calculated).
   */
  public Optional<Process> choose(Exchange e, LinkOptions options, String rootId) {
    List<Process> all = candidates(e.flowId());
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (all.size() == 1) {
      return Optional.of(all.get(0));
    }
    Optional<Process> preferred =
        all.stream().filter(p -> options.prefer().contains(p.id())).min(byNameThenId());
    if (preferred.isPresent()) {
      return preferred;
    }
    Optional<Process> byDefault =
        all.stream().filter(p -> p.id().equals(e.defaultProviderId())).findFirst();
    if (byDefault.isPresent()) {
      return byDefault;
    }
    return switch (options.ties()) {
      case ProviderTies.ByName n -> all.stream().min(contractOrder(e.flowId()));
      case ProviderTies.OpenLca o -> all.stream().max(openLcaOrder(o, rootId));
    };
  }

  private static Comparator<Process> contractOrder(String flowId) {
    return Comparator.comparing((Process p) -> isReferenceOf(p, flowId) ? 0 : 1)
        .thenComparing(p -> p.type() == ProcessType.UNIT_PROCESS ? 0 : 1)
        .thenComparing(byNameThenId());
  }

  /** Rank in openLCA's tech index: the calculated process first, then the import order. */
  private Comparator<Process> openLcaOrder(ProviderTies.OpenLca o, String rootId) {
    Map<String, Integer> ranks = openLcaRanks.computeIfAbsent(o, ProviderTies.OpenLca::ranks);
    String head = o.indexRoot().isEmpty() ? rootId : o.indexRoot();
    return Comparator.comparingInt(
        (Process p) -> p.id().equals(head) ? -1 : ranks.getOrDefault(p.id(), -2));
  }

  private static boolean isReferenceOf(Process p, String flowId) {
    return p.quantitativeReference().map(q -> q.flowId().equals(flowId)).orElse(false);
  }

  private static Comparator<Process> byNameThenId() {
    return Comparator.comparing(Process::name).thenComparing(Process::id);
  }

  Library library() {
    return library;
  }
}
