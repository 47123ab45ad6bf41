package org.minecarbon.core.factor;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named, versioned collection of factors. A set may name a parent: a key it does not define is
 * looked up in the parent (each resolved value still reports the set that defines it).
 *
 * @param id stable id ({@code CN-2015})
 * @param title human-readable title
 * @param parent id of the parent set, or null
 * @param version version of this data
 * @param description what the set is for and why it was chosen
 * @param builtIn true for sets shipped with the product
 * @param factors own factors by key
 */
public record FactorSet(
    String id,
    String title,
    @Nullable String parent,
    String version,
    String description,
    boolean builtIn,
    Map<String, Factor> factors) {

  public FactorSet {
    Objects.requireNonNull(id, "id");
    factors = Map.copyOf(factors);
  }

  public Optional<Factor> own(String key) {
    return Optional.ofNullable(factors.get(key));
  }
}
