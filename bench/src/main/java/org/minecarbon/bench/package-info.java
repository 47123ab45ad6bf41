/** JMH benchmarks of the engine and the deterministic workload generator they run on. */
@NullMarked
package org.minecarbon.bench;

import org.jspecify.annotations.NullMarked;
