/**
 * The plan result v1 as immutable values: adopted measures, years, MACC, phases, violations and
 * scenarios.
 */
@NullMarked
package org.minecarbon.planning.result;

import org.jspecify.annotations.NullMarked;
