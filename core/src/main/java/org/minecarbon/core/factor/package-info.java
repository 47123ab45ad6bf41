/**
 * The versioned factor library: every default value with unit, set, id, citation and confidence
 * label.
 */
@NullMarked
package org.minecarbon.core.factor;

import org.jspecify.annotations.NullMarked;
