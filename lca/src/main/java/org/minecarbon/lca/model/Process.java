package org.minecarbon.lca.model;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.result.Require;

/**
 * A process: its exchanges, its own parameters (process scope) and allocation factors.
 *
 * @param defaultAllocation what {@code --allocation default} applies; NONE where it declares none
 */
public record Process(
    String id,
    String name,
    ProcessType type,
    String category,
    List<Exchange> exchanges,
    List<Parameter> parameters,
    AllocationMethod defaultAllocation,
    List<AllocationFactor> allocationFactors) {
  public Process {
    Require.notBlank(id, "process @id");
    exchanges = List.copyOf(exchanges);
    parameters = List.copyOf(parameters);
    allocationFactors = List.copyOf(allocationFactors);
  }

  public Optional<Exchange> quantitativeReference() {
    return exchanges.stream().filter(Exchange::quantitativeReference).findFirst();
  }
}
