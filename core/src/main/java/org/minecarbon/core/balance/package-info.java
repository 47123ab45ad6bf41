/**
 * The annual carbon balance (seed 002 Table 1): sources (eq. 1) against sinks (eq. 2), net,
 * intensity, energy.
 */
@NullMarked
package org.minecarbon.core.balance;

import org.jspecify.annotations.NullMarked;
