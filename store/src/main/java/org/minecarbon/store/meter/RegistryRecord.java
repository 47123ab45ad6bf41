package org.minecarbon.store.meter;

import java.time.LocalDateTime;

/**
 * An enterprise's stored meter registry document ({@code minecarbon/meters@1}).
 *
 * @param version 1 for the first registry, +1 on every replacement
 */
public record RegistryRecord(
    long enterpriseId, long version, String document, String updatedBy, LocalDateTime updatedAt) {}
