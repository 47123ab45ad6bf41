package org.minecarbon.app.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a plan, language-neutral (the UI puts it in words).
 *
 * @param kind what changed
 * @param subject the measure id, target text, price or path key, setting or scenario name
 * @param field for a changed measure, its field as a pointer inside the measure (e.g. {@code
 *     capex}, {@code effects/0/fraction}); else null
 * @param before the older value as text (null when added)
 * @param after the newer value as text (null when removed)
 */
public record PlanChange(
    Kind kind,
    String subject,
    @Nullable String field,
    @Nullable String before,
    @Nullable String after) {

  /** What changed. */
  public enum Kind {
    MEASURE_ADDED,
    MEASURE_REMOVED,
    MEASURE_CHANGED,
    TARGET_ADDED,
    TARGET_REMOVED,
    PRICE_CHANGED,
    PATH_CHANGED,
    SETTING_CHANGED,
    SCENARIO_ADDED,
    SCENARIO_REMOVED,
    SCENARIO_CHANGED
  }

  public PlanChange {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(subject);
  }
}
