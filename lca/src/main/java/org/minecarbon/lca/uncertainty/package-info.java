/** Seeded Monte Carlo over the exchange distributions of a linked product system. */
@NullMarked
package org.minecarbon.lca.uncertainty;

import org.jspecify.annotations.NullMarked;
