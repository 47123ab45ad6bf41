package org.minecarbon.store.catalog;

import org.jspecify.annotations.Nullable;

/** A user-added factor set, kept as the CSV text it was uploaded as. */
public record FactorSetRecord(String id, @Nullable Long groupId, String fileName, String csv) {}
