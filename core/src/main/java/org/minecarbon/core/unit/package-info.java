/**
 * Data-driven units and quantities (openLCA style): a unit is a symbol, a dimension and a factor to
 * the base unit.
 */
@NullMarked
package org.minecarbon.core.unit;

import org.jspecify.annotations.NullMarked;
