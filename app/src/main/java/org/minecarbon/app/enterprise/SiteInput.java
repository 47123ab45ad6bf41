package org.minecarbon.app.enterprise;

import org.jspecify.annotations.Nullable;

/** What a user enters for a site; {@code code} is the document's site id. */
public record SiteInput(
    String code,
    @Nullable String name,
    @Nullable String mineType,
    @Nullable String commodity,
    @Nullable String province,
    @Nullable String gasGrade) {}
