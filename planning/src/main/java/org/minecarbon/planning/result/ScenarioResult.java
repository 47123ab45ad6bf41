package org.minecarbon.planning.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan solved again under a scenario's prices. */
public record ScenarioResult(
    String name, PlanStatus status, @Nullable Double objective, List<Adoption> adopted) {
  public ScenarioResult {
    adopted = List.copyOf(adopted);
  }
}
