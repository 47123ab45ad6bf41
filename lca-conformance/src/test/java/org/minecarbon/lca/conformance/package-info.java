/** Conformance of the lca engine with openLCA's olca-core 2.4.0 on USLCI. */
@NullMarked
package org.minecarbon.lca.conformance;

import org.jspecify.annotations.NullMarked;
