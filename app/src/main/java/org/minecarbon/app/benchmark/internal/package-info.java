/** Benchmarks in the store's catalog. */
@NullMarked
package org.minecarbon.app.benchmark.internal;

import org.jspecify.annotations.NullMarked;
