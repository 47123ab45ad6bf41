/** Builds the technosphere and intervention matrices of a linked system (not API). */
@NullMarked
package org.minecarbon.lca.result.internal;

import org.jspecify.annotations.NullMarked;
