package org.minecarbon.core.factor;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.result.Require;

/**
 * One default value with its provenance.
 *
 * @param set id of the factor set that defines it ({@code CN-2015})
 * @param key hierarchical key ({@code fuel.diesel.ncv}, {@code grid.national.2022})
 * @param value the number
 * @param unit its unit as text ({@code GJ/t}, {@code tCO2/MWh}, {@code fraction})
 * @param citation document, table and clause it comes from
 * @param confidence label of reference/factors.md
 * @param uncertainty its uncertainty relative to the value, if known
 * @param note free text (derivations, caveats)
 */
public record Factor(
    String set,
    String key,
    double value,
    String unit,
    String citation,
    Confidence confidence,
    @Nullable Distribution uncertainty,
    String note) {

  public Factor {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(confidence, "confidence");
    note = note == null ? "" : note;
    Require.that(Double.isFinite(value), () -> "factor " + key + " is not finite");
  }

  /** Globally unique id: {@code set:key}. */
  public String id() {
    return set + ":" + key;
  }

  /**
   * A value typed into a row, which overrides the default {@code key}; traced as such. Its key is
   * the JSON Pointer of the field, so values of different rows stay distinct (independent in Monte
   * Carlo, listed separately in explanations).
   */
  public static Factor userOverride(String key, double value, String unit, String pointer) {
    return new Factor(
        "row",
        pointer,
        value,
        unit,
        "value entered in the inventory at " + pointer,
        Confidence.USER,
        null,
        "in place of the default " + key);
  }
}
