package org.minecarbon.app.enterprise;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise as the API and UI show it.
 *
 * @param industry {@code coal} | {@code metal} | {@code nonmetal} | {@code other}
 * @param gwp {@code SAR} | {@code AR4} | {@code AR5} | {@code AR6}, or null for the default
 * @param factorSet factor set id, or null for the default ({@code CN-2015})
 * @param version optimistic-locking version
 */
public record EnterpriseView(
    long id,
    String name,
    @Nullable String creditCode,
    @Nullable String industry,
    @Nullable String province,
    @Nullable String gwp,
    @Nullable String factorSet,
    long version) {}
