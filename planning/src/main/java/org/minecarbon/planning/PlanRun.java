package org.minecarbon.planning;

import org.minecarbon.planning.model.Mip;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.result.PlanResult;

/**
 * A solved plan: the result, the projection behind it (with each row's contribution) and the
 * programme that was solved (for {@code --export-mps}).
 */
public record PlanRun(PlanResult result, Projection projection, Mip mip) {}
