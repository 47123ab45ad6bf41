package org.minecarbon.app.benchmark;

import org.jspecify.annotations.Nullable;

/** What a user enters for a benchmark; nulls are reported as missing fields. */
public record BenchmarkInput(
    @Nullable String product,
    @Nullable Double intensity,
    @Nullable Integer year,
    @Nullable String sourceNote) {}
