package org.minecarbon.app.enterprise;

import org.jspecify.annotations.Nullable;

/**
 * A site (mine) of an enterprise.
 *
 * @param id database id (used in URLs)
 * @param code the site's {@code id} in the inventory document (used by rows' {@code site})
 * @param mineType {@code underground} | {@code surface} | {@code mixed}
 * @param gasGrade {@code low} | {@code high} | {@code outburst} (coal mines)
 */
public record SiteView(
    long id,
    String code,
    @Nullable String name,
    @Nullable String mineType,
    @Nullable String commodity,
    @Nullable String province,
    @Nullable String gasGrade,
    long version) {}
