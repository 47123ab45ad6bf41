package org.minecarbon.core.inventory;

import org.jspecify.annotations.Nullable;

/**
 * A mine or plant of the enterprise.
 *
 * @param pointer JSON Pointer of the site in its document ({@code /sites/0})
 */
public record Site(
    String id,
    @Nullable String name,
    @Nullable MineType mineType,
    @Nullable String commodity,
    @Nullable String province,
    @Nullable GasGrade gasGrade,
    String pointer) {}
