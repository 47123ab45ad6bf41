package org.minecarbon.app.enterprise;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters for an enterprise (document fields {@code enterprise} and {@code settings}).
 */
public record EnterpriseInput(
    String name,
    @Nullable String creditCode,
    @Nullable String industry,
    @Nullable String province,
    @Nullable String gwp,
    @Nullable String factorSet) {}
