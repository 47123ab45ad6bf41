package org.minecarbon.planning.plan;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;

/**
 * Which baseline activity rows an effect hits: every given field must match (contract §1.3).
 *
 * @param fuel a fuel code or alias, compared by canonical code
 */
public record Select(
    @Nullable String source,
    @Nullable String fuel,
    @Nullable String site,
    @Nullable String stage,
    @Nullable String id) {

  /**
   * @param resolvedSite the row's site after resolution (the only site when the row names none)
   * @param resolvedStage the row's stage code ({@code unassigned} when none)
   */
  public boolean matches(ActivityRow row, String resolvedSite, String resolvedStage) {
    return (source == null || source.equals(row.source().code()))
        && (fuel == null || fuelMatches(row))
        && (site == null || site.equals(resolvedSite))
        && (stage == null || stage.equals(resolvedStage))
        && (id == null || id.equals(row.meta().id()));
  }

  private boolean fuelMatches(ActivityRow row) {
    if (!(row instanceof ActivityRow.Fuel f) || fuel == null) {
      return false;
    }
    String want = Vocabulary.fuels().find(fuel).map(e -> e.code()).orElse(fuel);
    String have = Vocabulary.fuels().find(f.fuel()).map(e -> e.code()).orElse(f.fuel());
    return want.equals(have);
  }
}
