/**
 * The plan document v1 as immutable values: horizon, paths, prices, targets, measures and their
 * effects, with its semantic checks.
 */
@NullMarked
package org.minecarbon.planning.plan;

import org.jspecify.annotations.NullMarked;
