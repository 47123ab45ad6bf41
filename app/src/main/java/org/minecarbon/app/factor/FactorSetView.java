package org.minecarbon.app.factor;

import org.jspecify.annotations.Nullable;

/**
 * A factor set: built-in (shipped with core) or user-added.
 *
 * @param parent the set it falls back to, or null
 * @param factors how many factors the set itself defines
 */
public record FactorSetView(
    String id,
    String name,
    @Nullable String parent,
    boolean builtIn,
    int factors,
    @Nullable String citation) {}
