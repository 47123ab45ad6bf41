/**
 * How a footprint is assembled: scope and allocation shares, row parts and their upstream terms.
 */
@NullMarked
package org.minecarbon.lca.footprint.internal;

import org.jspecify.annotations.NullMarked;
