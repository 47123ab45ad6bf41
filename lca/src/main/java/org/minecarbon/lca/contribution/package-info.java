/**
 * Contribution analysis of a calculated product system: direct contributions by process and by
 * flow, and openLCA's upstream tree (total = direct + upstream of the providers, loops included).
 */
@NullMarked
package org.minecarbon.lca.contribution;

import org.jspecify.annotations.NullMarked;
